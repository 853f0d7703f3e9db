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
                        + "criterion-number-0, criterion-number-1,", "criterion-number-9, … (8000 in all)", "a kit has at most 200 criteria; this one has 8000");
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
                        "kits/x/kit.yaml:30160:9: error: unknown criterion 'criterion-numbr-149'; criteria are");
        assertThat(run.millis()).isLessThan(10_000);
        System.out.println("30,000 unknown links among 150 criteria: " + run);
    }

    /** The largest kit the limits allow, every stage assessing every criterion: stages x criteria blocks. */
    @Test
    void theLargestKitTheLimitsAllowRendersInSeconds() {
        KitFixture.write(cwd, "x", "kit.yaml", everyStageAssessesEveryCriterion(KitFormat.MAX_CRITERIA, KitFormat.MAX_STAGES));

        Measured run = Measured.run(cwd, "render", "x");

        assertThat(run.result()).succeeded().hasNoStackTrace();
        assertThat(run.millis()).isLessThan(30_000);
        System.out.println(KitFormat.MAX_CRITERIA + " criteria x " + KitFormat.MAX_STAGES + " stages: " + run);
    }

    /** Within the YAML limits, 330 criteria x 280 stages rendered 104 MB in 13 s from 557 KB. */
    @Test
    void aKitBuiltToMultiplyItsDocumentsIsTurnedAway() {
        KitFixture.write(cwd, "x", "kit.yaml", everyStageAssessesEveryCriterion(330, 280));

        Measured run = Measured.run(cwd, "render", "x");

        assertThat(run.result()).failedValidation().hasNoStackTrace()
                .errContains("kits/x/kit.yaml:7:3: error: a kit has at most 200 criteria; this one has 330",
                        "error: a kit has at most 50 stages; this one has 280");
        assertThat(run.millis()).isLessThan(5_000);
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    private static String everyStageAssessesEveryCriterion(int criteria, int stages) {
        StringBuilder kit = new StringBuilder("kit: 1\nid: x\nlang: en\nrole: R\nsummary: S\ncriteria:\n");
        for (int i = 0; i < criteria; i++) {
            kit.append("  - {id: c").append(i).append(", title: Title ").append(i)
                    .append(", anchors: {1: weak, 2: fair, 3: good, 4: strong}}\n");
        }
        kit.append("stages:\n");
        for (int s = 0; s < stages; s++) {
            kit.append("  - id: s").append(s).append("\n    title: Stage ").append(s).append("\n    assesses: [");
            for (int i = 0; i < criteria; i++) kit.append(i == 0 ? "" : ", ").append('c').append(i);
            kit.append("]\n");
        }
        return kit.toString();
    }
}
