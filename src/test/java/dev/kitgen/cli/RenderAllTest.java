package dev.kitgen.cli;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Folders;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.KitFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code render --all}: every role, language, document and format in one run, as CI runs it. */
class RenderAllTest {

    @TempDir
    Path cwd;

    @Test
    void aBrokenKitIsReportedAndTheOthersAreStillWritten() {
        KitFixtures.copyShipped(cwd);
        KitFixtures.copyShippedAs(cwd, "data-engineer");
        KitFixtures.write(cwd, "broken", "kit.yaml", """
                kit: 1
                id: broken
                lang: en
                role: Broken
                sumary: A typo in a key.
                criteria: []
                stages: []
                """);

        CommandResult result = Kitgen.run(cwd, "render", "--all", "--format", "md,html,pdf");

        assertThat(result).failedValidation()
                .errContains("kits/broken/kit.yaml:5:1: error: unknown key 'sumary'", "kitgen: wrote 84 files in ")
                .hasNoStackTrace();
        assertThat(result.out()).as("a batch run lists no files").isEmpty();
        // 2 good roles × 2 languages × (guide + 4 scorecards + packet + candidate sheet) × 3 formats
        assertThat(Folders.snapshot(cwd.resolve("out")).files()).hasSize(84);
        assertThat(cwd.resolve("out/data-engineer/es/packet.pdf")).isRegularFile();
        assertThat(cwd.resolve("out/ml-engineer/en/scorecard-coding-challenge.md")).isRegularFile();
        assertThat(cwd.resolve("out/broken")).doesNotExist();
    }

    @Test
    void aDocumentThatFailsIsNamedAndEveryOtherDocumentIsWritten() throws IOException {
        KitFixtures.copyShipped(cwd);
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY);
        // Fails only where there are red flags to show: in ml-engineer's guides, not in tiny's.
        Path template = cwd.resolve("templates/guide.md.mustache");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "# {{doc.title}}\n{{#hasRedFlags}}{{flagz}}{{/hasRedFlags}}\n");

        CommandResult result = Kitgen.run(cwd, "render", "--all", "--format", "md");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("templates/guide.md.mustache:2:1: error: template uses 'flagz'",
                        "kitgen: not written: out/ml-engineer/en/guide.md\n",
                        "kitgen: not written: out/ml-engineer/es/guide.md\n",
                        "; 2 not written (listed above)");
        assertThat(cwd.resolve("out/ml-engineer/en/guide.md")).doesNotExist();
        assertThat(cwd.resolve("out/ml-engineer/en/packet.md")).isRegularFile();
        assertThat(cwd.resolve("out/ml-engineer/es/scorecard-coding-challenge.md")).isRegularFile();
        assertThat(cwd.resolve("out/tiny/en/guide.md")).content().startsWith("# Interviewer guide: Tiny Engineer");
        // ml-engineer: 2 languages × (4 scorecards + packet); tiny: its guide and scorecards, and packet.
        assertThat(Folders.snapshot(cwd.resolve("out")).files()).containsKeys("tiny/en/packet.md")
                .doesNotContainKeys("ml-engineer/en/guide.md", "ml-engineer/es/guide.md");
    }

    @Test
    void allGoodKitsExitZeroWithOnlyTheSummaryAndEveryFormat() {
        KitFixtures.copyShipped(cwd);
        CommandResult result = Kitgen.run(cwd, "render", "--all", "--doc", "guide");

        assertThat(result).succeeded();
        assertThat(result.err()).matches("kitgen: wrote 6 files in \\d+\\.\\d s\\R");
        assertThat(cwd.resolve("out/ml-engineer/es/guide.md")).isRegularFile();
        assertThat(cwd.resolve("out/ml-engineer/es/guide.html")).isRegularFile();
        assertThat(cwd.resolve("out/ml-engineer/es/guide.pdf")).isRegularFile();
    }

    @Test
    void onATerminalProgressIsShownOnOneLine() {
        KitFixtures.copyShipped(cwd);
        CommandResult result = Kitgen.runOnTerminal(cwd, "render", "--all", "--doc", "guide", "--format", "md,html");

        assertThat(result).succeeded();
        assertThat(result.err()).contains("\rrendering 1/4", "\rrendering 4/4\r\033[K")
                .containsPattern("kitgen: wrote 4 files in \\d+\\.\\d s");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aKitWithoutAnAskedLanguageIsRenderedInTheOthersWithAWarning() throws IOException {
        KitFixtures.copyShipped(cwd);
        KitFixtures.copyShippedAs(cwd, "data-engineer");
        Files.delete(cwd.resolve("kits/data-engineer/es.yaml"));
        // Thai has no UI catalog: only a kit with a Thai translation renders in it.
        Files.writeString(cwd.resolve("kits/ml-engineer/th.yaml"), "kit: 1\nlang: th\nrole: วิศวกรแมชชีนเลิร์นนิง\n");

        CommandResult result = Kitgen.run(cwd, "render", "--all", "--lang", "th,es,en", "--doc", "guide", "--format", "md");

        assertThat(result).succeeded()
                .errContains("kits/data-engineer/kit.yaml: warning: kit 'data-engineer' has no 'th' translation")
                .errContains("kits/data-engineer/kit.yaml: warning: no 'es' translation: all 83 texts fall back to en");
        assertThat(cwd.resolve("out/data-engineer/en/guide.md")).isRegularFile();
        assertThat(cwd.resolve("out/data-engineer/es/guide.md")).isRegularFile();
        assertThat(cwd.resolve("out/data-engineer/th")).doesNotExist();
        assertThat(cwd.resolve("out/ml-engineer/th/guide.md")).isRegularFile();
    }
}
