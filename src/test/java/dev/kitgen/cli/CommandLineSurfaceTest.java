package dev.kitgen.cli;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything the command line says about itself, kept whole in one file: every command's help,
 * the completion scripts, and the messages of usage errors, with their exit codes. A change to
 * how the commands are declared to picocli (annotations, or a model built in code) must leave
 * this file as it is; a change to an option shows here as a diff to review.
 * {@code mvn test -Dtest=CommandLineSurfaceTest -Dgolden.update=true} rewrites it.
 */
class CommandLineSurfaceTest {

    private static final Path GOLDEN = Project.testResource("cli/surface.txt");

    private static final List<List<String>> RUNS = List.of(
            List.of(),
            List.of("--help"),
            List.of("help"),
            List.of("render", "--help"),
            List.of("validate", "--help"),
            List.of("list", "--help"),
            List.of("new", "--help"),
            List.of("schema", "--help"),
            List.of("i18n", "--help"),
            List.of("i18n", "status", "--help"),
            List.of("i18n", "skeleton", "--help"),
            List.of("completion", "--help"),
            List.of("help", "render"),
            List.of("help", "i18n", "skeleton"),
            List.of("completion", "bash"),
            List.of("completion", "zsh"),
            List.of("completion", "fish"),
            List.of("bogus"),
            List.of("rendr", "ml-engineer"),
            List.of("render", "--bogus"),
            List.of("render", "--doc", "gide", "ml-engineer"),
            List.of("render", "--format", "docx", "ml-engineer"),
            List.of("render", "--paper", "b5", "ml-engineer"),
            List.of("render", "--lang"),
            List.of("render", "--problems", "xml", "ml-engineer"),
            List.of("validate", "--format", "xml"),
            List.of("list", "extra"),
            List.of("new"),
            List.of("schema", "extra"),
            List.of("i18n"),
            List.of("i18n", "bogus"),
            List.of("i18n", "skeleton"));

    @TempDir
    Path cwd;

    @Test
    void helpCompletionAndUsageErrorsStayAsTheyAre() throws IOException {
        StringBuilder transcript = new StringBuilder();
        for (List<String> args : RUNS) {
            CommandResult result = Kitgen.run(cwd, args.toArray(String[]::new));
            transcript.append("$ kitgen ").append(String.join(" ", args)).append("\n[exit ").append(result.exitCode())
                    .append("]\n--- stdout\n").append(result.out()).append("--- stderr\n").append(result.err())
                    .append("=====\n");
        }
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, transcript);
        }
        assertThat(transcript.toString()).as("rewrite with -Dgolden.update=true and review the diff")
                .isEqualTo(Files.readString(GOLDEN));
    }
}
