package dev.kitgen.validate;

import dev.kitgen.hardening.KitFixture;
import dev.kitgen.hardening.Measured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.kitgen.cli.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kits within every limit but built to make kitgen's own work explode: thousands of criteria,
 * stages and links. Each run must stay in seconds, and no message may list thousands of names.
 */
class LargeKitTest {

    @TempDir
    Path cwd;

    /** Was 2 min 19 s: a "did you mean" distance for each of 8,000 bad links against 8,000 criteria. */
    @Test
    void thousandsOfUnknownLinksAreReportedInSeconds() {
        StringBuilder kit = new StringBuilder("kit: 1\nid: x\nlang: en\nrole: R\nsummary: S\ncriteria:\n");
        for (int i = 0; i < 8_000; i++) kit.append("  - {id: criterion-number-").append(i).append(", title: T}\n");
        kit.append("stages:\n  - id: s\n    title: S\n    assesses:\n");
        for (int i = 0; i < 8_000; i++) kit.append("      - criterion-numbr-").append(i).append('\n');
        KitFixture.write(cwd, "x", "kit.yaml", kit.toString());

        Measured run = Measured.run(cwd, "validate", "x");

        assertThat(run.result()).failedValidation().hasNoStackTrace()
                .errContains("kits/x/kit.yaml:8011:9: error: unknown criterion 'criterion-numbr-0'; criteria are "
                        + "criterion-number-0, criterion-number-1,", "criterion-number-9, … (8000 in all)", "8000 errors");
        assertThat(run.millis()).isLessThan(10_000);
        assertThat(run.result().err().lines().mapToInt(String::length).max().orElse(0)).isLessThan(1_000);
        System.out.println("8,000 unknown links: " + run);
    }

    /** Suggestions stay for a kit of ordinary size, but only for the first 50 bad links. */
    @Test
    void tensOfThousandsOfUnknownLinksAmongAFewCriteriaAreReportedInSeconds() {
        StringBuilder kit = new StringBuilder("kit: 1\nid: x\nlang: en\nrole: R\nsummary: S\ncriteria:\n");
        for (int i = 0; i < 150; i++) kit.append("  - {id: criterion-number-").append(i).append(", title: T}\n");
        kit.append("stages:\n  - id: s\n    title: S\n    assesses:\n");
        for (int i = 0; i < 30_000; i++) kit.append("      - criterion-numbr-").append(i % 150).append('\n');
        KitFixture.write(cwd, "x", "kit.yaml", kit.toString());

        Measured run = Measured.run(cwd, "validate", "x");

        assertThat(run.result()).failedValidation().hasNoStackTrace()
                .errContains("kits/x/kit.yaml:161:9: error: unknown criterion 'criterion-numbr-0' (did you mean 'criterion-number-0'?)",
                        "30000 errors");
        assertThat(run.millis()).isLessThan(10_000);
        System.out.println("30,000 unknown links among 150 criteria: " + run);
    }

    /** Every stage assesses every criterion: the scorecards and the coverage table are stages × criteria. */
    @Test
    void aKitOfAThousandCriteriaAndTenStagesRendersInSeconds() {
        StringBuilder kit = new StringBuilder("kit: 1\nid: x\nlang: en\nrole: R\nsummary: S\ncriteria:\n");
        for (int i = 0; i < 1_000; i++) kit.append("  - {id: c").append(i).append(", title: Title ").append(i).append("}\n");
        kit.append("stages:\n");
        for (int s = 0; s < 10; s++) {
            kit.append("  - id: s").append(s).append("\n    title: Stage ").append(s).append("\n    assesses:\n");
            for (int i = 0; i < 1_000; i++) kit.append("      - c").append(i).append('\n');
        }
        KitFixture.write(cwd, "x", "kit.yaml", kit.toString());

        Measured run = Measured.run(cwd, "render", "x");

        assertThat(run.result()).succeeded().hasNoStackTrace();
        assertThat(run.millis()).isLessThan(20_000);
        System.out.println("1,000 criteria x 10 stages: " + run);
    }
}
