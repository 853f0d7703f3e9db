package dev.kitgen;

import dev.kitgen.testing.Folders;
import dev.kitgen.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar and launcher as the build leaves them, run as separate processes. The unit tests run
 * kitgen's classes against the libraries' own jars; the shipped jar differs: ICU's data files
 * are left out, picocli's class files are rewritten, and the launcher starts it with a CDS
 * archive. Runs in {@code mvn verify} after {@code package} (failsafe).
 */
class PackagedJarIT {

    private static final Path TARGET = Project.path("target");

    @TempDir
    Path cwd;

    private record Run(int code, String out, String err) {}

    private Run run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectOutput(cwd.resolve(".out").toFile()).redirectError(cwd.resolve(".err").toFile());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process process = builder.start();
        int code = process.waitFor();
        return new Run(code, Files.readString(cwd.resolve(".out"), StandardCharsets.UTF_8),
                Files.readString(cwd.resolve(".err"), StandardCharsets.UTF_8));
    }

    private Run jar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", TARGET.resolve("kitgen.jar").toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    private Run launcher(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", TARGET.resolve("kitgen").toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    @Test
    void rendersEveryDocumentInEveryFormatAndLanguage() throws Exception {
        Run run = jar("render", "ml-engineer", "--format", "md,html,pdf", "--out", "out");

        assertThat(run.code()).as(run.err()).isZero();
        for (String lang : List.of("en", "es")) {
            for (String file : List.of("guide.md", "guide.html", "guide.pdf", "packet.pdf", "scorecard-system-design.pdf")) {
                assertThat(cwd.resolve("out/ml-engineer/" + lang + "/" + file)).isNotEmptyFile();
            }
        }
        assertThat(Files.readString(cwd.resolve("out/ml-engineer/es/guide.md"))).contains("1 hora", "45 minutos");
    }

    @Test
    void theLauncherPrintsOnlyTheDocumentOnStdout() throws Exception {
        Run run = launcher("render", "ml-engineer", "--lang", "es", "--doc", "guide", "--format", "md", "--stdout");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("# Guía para entrevistar: Machine Learning Engineer\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aLanguageWithoutACatalogGetsItsOwnPluralRules() throws Exception {
        // Polish has a 'few' form; the kit has no Polish text, so every text falls back to English.
        Path kits = Files.createDirectories(cwd.resolve("kits"));
        Folders.copy(Project.path("kits/ml-engineer"), kits.resolve("ml-engineer"));
        Files.writeString(kits.resolve("ml-engineer/pl.yaml"), "kit: 1\nlang: pl\n");

        Run run = jar("render", "ml-engineer", "--lang", "pl", "--doc", "guide", "--format", "md", "--stdout");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("# Interviewer guide: Machine Learning Engineer", "45 minutes");
    }

    @Test
    void everyOtherCommandRuns() throws Exception {
        assertThat(jar("--help").out()).contains("render", "validate", "Exit codes:");
        assertThat(jar("validate").code()).isZero();
        assertThat(jar("list").out()).contains("ml-engineer");
        assertThat(jar("schema").out()).contains("\"$schema\"");
        assertThat(jar("i18n", "status").code()).isZero();
        assertThat(jar("completion", "bash").out()).contains("render");
        assertThat(jar("new", "data-engineer").code()).isZero();
        assertThat(cwd.resolve("kits/data-engineer/kit.yaml")).isNotEmptyFile();
        Run unknown = jar("list", "extra");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unmatched argument: 'extra'");
    }
}
