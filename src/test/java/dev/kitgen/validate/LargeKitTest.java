package dev.kitgen.validate;

import dev.kitgen.testing.Folders;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Measured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * KitFixtures within every limit but built to make kitgen's own work explode: thousands of criteria,
 * stages and links. Each run's work is bounded by what the JVM and kitgen count (bytes
 * allocated, suggestions looked for, documents and bytes written), never by the clock, and no
 * message may list thousands of names.
 */
class LargeKitTest {

    @TempDir
    Path cwd;

    /**
     * Was 2 min 19 s: a "did you mean" distance for each of 8,000 bad links against 8,000 criteria,
     * each distance a table of its own (over 100 GB allocated). Among more than 200 criteria none
     * is looked for.
     */
    @Test
    void thousandsOfUnknownLinksAmongThousandsOfCriteriaAreReportedWithoutSuggestions() {
        StringBuilder kit = new StringBuilder("kit: 1\nid: x\nlang: en\nrole: R\nsummary: S\ncriteria:\n");
        for (int i = 0; i < 8_000; i++) kit.append("  - {id: criterion-number-").append(i).append(", title: T}\n");
        kit.append("stages:\n  - id: s\n    title: S\n    assesses:\n");
        for (int i = 0; i < 8_000; i++) kit.append("      - criterion-numbr-").append(i).append('\n');
        KitFixtures.write(cwd, "x", "kit.yaml", kit.toString());

        Measured run = Measured.run(cwd, "validate", "x");

        assertThat(run.result()).failedValidation().hasNoStackTrace()
                .errContains("kits/x/kit.yaml:8011:9: error: unknown criterion 'criterion-numbr-0'; criteria are "
                        + "criterion-number-0, criterion-number-1,", "criterion-number-9, … (8000 in all)", "a kit has at most 200 criteria; this one has 8000");
        assertThat(suggestions(run)).as("did you mean suggestions").isZero();
        // Reading and reporting the links takes about 190 MiB.
        assertThat(run.allocatedMiB()).as("allocated MiB").isLessThan(400);
        assertThat(run.result().err().lines().mapToInt(String::length).max().orElse(0)).isLessThan(1_000);
        System.out.println("8,000 unknown links: " + run);
    }

    /** Suggestions stay for a kit of ordinary size, but only for the first 50 bad links. */
    @Test
    void tensOfThousandsOfUnknownLinksAmongAFewCriteriaGetSuggestionsForTheFirstFifty() {
        StringBuilder kit = new StringBuilder("kit: 1\nid: x\nlang: en\nrole: R\nsummary: S\ncriteria:\n");
        for (int i = 0; i < 150; i++) kit.append("  - {id: criterion-number-").append(i).append(", title: T}\n");
        kit.append("stages:\n  - id: s\n    title: S\n    assesses:\n");
        for (int i = 0; i < 30_000; i++) kit.append("      - criterion-numbr-").append(i % 150).append('\n');
        KitFixtures.write(cwd, "x", "kit.yaml", kit.toString());

        Measured run = Measured.run(cwd, "validate", "x");

        assertThat(run.result()).failedValidation().hasNoStackTrace()
                .errContains("kits/x/kit.yaml:161:9: error: unknown criterion 'criterion-numbr-0' (did you mean 'criterion-number-0'?)",
                        "kits/x/kit.yaml:30160:9: error: unknown criterion 'criterion-numbr-149'; criteria are");
        assertThat(suggestions(run)).as("did you mean suggestions").isEqualTo(50);
        // About 330 MiB; a suggestion for every link would be 150 distances each, some 8 GB.
        assertThat(run.allocatedMiB()).as("allocated MiB").isLessThan(800);
        System.out.println("30,000 unknown links among 150 criteria: " + run);
    }

    /**
     * The largest kit the limits allow, every stage assessing every criterion: stages x criteria
     * blocks. The documents render on a pool of threads, so the work is bounded by what they add up to.
     */
    @Test
    void theLargestKitTheLimitsAllowRendersToBoundedDocuments() {
        KitFixtures.write(cwd, "x", "kit.yaml",
                KitFixtures.everyStageAssessesEveryCriterion("x", KitFormat.MAX_CRITERIA, KitFormat.MAX_STAGES));

        Measured run = Measured.run(cwd, "render", "x");

        assertThat(run.result()).succeeded().hasNoStackTrace();
        Folders.Snapshot out = Folders.snapshot(cwd.resolve("out"));
        // In English only, as Markdown and HTML: the guide, the packet, the candidate's sheet and a scorecard per stage.
        assertThat(out.files()).as("documents written").hasSize(2 * (3 + KitFormat.MAX_STAGES));
        long written = out.bytes();
        // About 25 MiB written, and 20 MiB allocated by the thread that reads the kit and writes the files.
        assertThat(written / (1024 * 1024)).as("MiB written").isLessThan(64);
        assertThat(run.allocatedMiB()).as("allocated MiB").isLessThan(64);
        System.out.println(KitFormat.MAX_CRITERIA + " criteria x " + KitFormat.MAX_STAGES + " stages: " + run
                + ", " + written + " bytes written");
    }

    /**
     * Within the YAML limits, 330 criteria x 280 stages rendered 104 MB in 13 s from 557 KB; now the
     * kit is turned away before anything renders.
     */
    @Test
    void aKitBuiltToMultiplyItsDocumentsIsTurnedAway() {
        KitFixtures.write(cwd, "x", "kit.yaml", KitFixtures.everyStageAssessesEveryCriterion("x", 330, 280));

        Measured run = Measured.run(cwd, "render", "x");

        assertThat(run.result()).failedValidation().hasNoStackTrace()
                .errContains("kits/x/kit.yaml:7:3: error: a kit has at most 200 criteria; this one has 330",
                        "error: a kit has at most 50 stages; this one has 280");
        // Reading the 557 KB kit takes about 120 MiB.
        assertThat(run.allocatedMiB()).as("allocated MiB").isLessThan(256);
        assertThat(cwd.resolve("out")).doesNotExist();
        System.out.println("330 criteria x 280 stages: " + run);
    }

    private static long suggestions(Measured run) {
        return run.result().err().lines().filter(line -> line.contains("(did you mean ")).count();
    }
}
