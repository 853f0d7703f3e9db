package dev.kitgen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.kitgen.cli.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code render --all}: every role, language, document and format in one run, as CI runs it. */
class RenderAllTest {

    @TempDir
    Path cwd;

    @Test
    void aBrokenKitIsReportedAndTheOthersAreStillWritten() throws IOException {
        copyKit("ml-engineer", "ml-engineer");
        copyKit("ml-engineer", "data-engineer");
        Path broken = Files.createDirectories(cwd.resolve("kits/broken"));
        Files.writeString(broken.resolve("kit.yaml"), """
                kit: 1
                id: broken
                lang: en
                role: Broken
                sumary: A typo in a key.
                criteria: []
                stages: []
                """);

        CommandResult result = CommandResult.run(cwd, "render", "--all", "--format", "md,html,pdf");

        assertThat(result).failedValidation()
                .errContains("kits/broken/kit.yaml:5:1: error: unknown key 'sumary'", "kitgen: wrote 72 files in ")
                .hasNoStackTrace();
        assertThat(result.out()).as("a batch run lists no files").isEmpty();
        // 2 good roles × 2 languages × (guide + 4 scorecards + packet) × 3 formats
        assertThat(files("out")).isEqualTo(72);
        assertThat(cwd.resolve("out/data-engineer/es/packet.pdf")).isRegularFile();
        assertThat(cwd.resolve("out/ml-engineer/en/scorecard-coding-challenge.md")).isRegularFile();
        assertThat(cwd.resolve("out/broken")).doesNotExist();
    }

    @Test
    void allGoodKitsExitZeroWithOnlyTheSummaryAndEveryFormat() {
        CommandResult result = CommandResult.run(cwd, "render", "--all", "--doc", "guide");

        assertThat(result).succeeded();
        assertThat(result.err()).matches("kitgen: wrote 6 files in \\d+\\.\\d s\\R");
        assertThat(cwd.resolve("out/ml-engineer/es/guide.md")).isRegularFile();
        assertThat(cwd.resolve("out/ml-engineer/es/guide.html")).isRegularFile();
        assertThat(cwd.resolve("out/ml-engineer/es/guide.pdf")).isRegularFile();
    }

    @Test
    void onATerminalProgressIsShownOnOneLine() {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();

        int code = Cli.execute(cwd, java.util.Map.of(), true, new java.io.PrintWriter(out), new java.io.PrintWriter(err),
                "render", "--all", "--doc", "guide", "--format", "md,html");

        assertThat(code).isZero();
        assertThat(err.toString()).contains("\rrendering 1/4", "\rrendering 4/4\r\033[K")
                .containsPattern("kitgen: wrote 4 files in \\d+\\.\\d s");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aKitWithoutAnAskedLanguageIsRenderedInTheOthersWithAWarning() throws IOException {
        copyKit("ml-engineer", "ml-engineer");
        copyKit("ml-engineer", "data-engineer");
        Files.delete(cwd.resolve("kits/data-engineer/es.yaml"));

        CommandResult result = CommandResult.run(cwd, "render", "--all", "--lang", "es,en", "--doc", "guide", "--format", "md");

        assertThat(result).succeeded()
                .errContains("kits/data-engineer/kit.yaml: warning: kit 'data-engineer' has no 'es' translation");
        assertThat(cwd.resolve("out/data-engineer/en/guide.md")).isRegularFile();
        assertThat(cwd.resolve("out/data-engineer/es")).doesNotExist();
        assertThat(cwd.resolve("out/ml-engineer/es/guide.md")).isRegularFile();
    }

    private void copyKit(String from, String id) throws IOException {
        Path source = Path.of("kits", from);
        Path target = Files.createDirectories(cwd.resolve("kits").resolve(id));
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.toList()) {
                String text = Files.readString(f).replace("id: " + from + "\n", "id: " + id + "\n");
                Files.writeString(target.resolve(f.getFileName()), text);
            }
        }
    }

    private long files(String relative) throws IOException {
        try (Stream<Path> walk = Files.walk(cwd.resolve(relative))) {
            return walk.filter(Files::isRegularFile).count();
        }
    }
}
