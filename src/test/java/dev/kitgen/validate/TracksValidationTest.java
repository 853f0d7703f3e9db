package dev.kitgen.validate;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Kitgen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.kitgen.testing.CommandResultAssert.assertThat;

/** Tracks, levels, 'only', anchors per level and either/or steps: each mistake at its line, with what to write. */
class TracksValidationTest {

    private static final String FILE = "kits/customer-team/kit.yaml";

    @TempDir
    Path cwd;

    private CommandResult validate(String kit) {
        KitFixtures.write(cwd, "customer-team", "kit.yaml", kit);
        return Kitgen.run(cwd, "validate", "customer-team");
    }

    @Test
    void theKitWithTracksAndLevelsIsValid() {
        assertThat(validate(KitFixtures.TRACKS)).succeeded().errContains("no problems");
    }

    @Test
    void aMisspeltIdInOnlyIsAnErrorAtItWithTheNearestId() {
        assertThat(validate(KitFixtures.tracks("    only: [senior, staff]\n    assesses: [leadership]",
                "    only: [senoir, staff]\n    assesses: [leadership]")))
                .failedValidation().hasNoStackTrace()
                .errContains(FILE + ":70:12: error: unknown track or level 'senoir' in the 'only' of stage "
                        + "'leadership-interview' (did you mean 'senior'?); tracks are sales, customer-success, "
                        + "levels are mid, senior, staff");
    }

    @Test
    void onlyInAKitWithoutTracksOrLevelsSaysToDeclareThem() {
        String kit = KitFixtures.tiny("    assesses: [coding]\n", "    assesses: [coding]\n    only: [senior]\n");
        KitFixtures.write(cwd, "tiny", "kit.yaml", kit);
        assertThat(Kitgen.run(cwd, "validate", "tiny")).failedValidation()
                .errContains("'only' of stage", "names 'senior', but the kit declares no tracks or levels; declare it "
                        + "under 'tracks:' or 'levels:'");
    }

    @Test
    void aTrackAndALevelCannotShareAnId() {
        assertThat(validate(KitFixtures.tracks("  - id: mid\n", "  - id: sales\n")))
                .failedValidation()
                .errContains(FILE + ":16:9: error: 'sales' already names a track (line 10); a track and a level need "
                        + "different ids, since 'only' names both");
    }

    @Test
    void anAnchorKeyedByAnUnknownLevelIsAnErrorAtTheKey() {
        assertThat(validate(KitFixtures.tracks("        staff: Sets", "        stafff: Sets")))
                .failedValidation()
                .errContains(FILE + ":31:9: error: unknown track or level 'stafff' in anchor 4 of criterion "
                        + "'communication' (did you mean 'staff'?)");
    }

    @Test
    void anAnchorThatLeavesOutALevelWarnsThatItsScorecardShowsNone() {
        assertThat(validate(KitFixtures.tracks("        staff: Sets how the whole team talks to its largest accounts.\n", "")))
                .succeeded()
                .errContains(FILE + ":29:9: warning: anchor 4 of criterion 'communication' has no text for level "
                        + "'staff', so its scorecard shows no anchor there; add 'staff: …'");
    }

    @Test
    void anAnchorLimitedLikeItsCriterionNeedsOnlyItsLevels() {
        String kit = KitFixtures.tracks("    only: [senior, staff]\n\nstages:",
                "    only: [senior, staff]\n    anchors:\n      4:\n        senior: Leads a team.\n        staff: Leads teams.\n\nstages:");
        assertThat(validate(kit)).succeeded().errContains("no problems");
    }

    @Test
    void anAnchorMixingTracksAndLevelsIsAnError() {
        assertThat(validate(KitFixtures.tracks("        mid: Explains", "        sales: Explains")))
                .failedValidation()
                .errContains(FILE + ":29:9: error: anchor 4 of criterion 'communication' mixes tracks and levels");
    }

    @Test
    void anEitherOrStepOfOneStageIsAnErrorAtItsOneOf() {
        assertThat(validate(KitFixtures.tracks("    minutes: 45\n    one-of: exercise\n", "    minutes: 45\n")))
                .failedValidation()
                .errContains(FILE + ":60:13: error: stage 'take-home' is the only stage of either/or step 'exercise'; "
                        + "give the alternative stage 'one-of: exercise' too, or leave 'one-of' out");
    }

    @Test
    void theAlternativesOfAnEitherOrStepComeOneAfterTheOther() {
        String kit = KitFixtures.tracks("    minutes: 45\n    one-of: exercise\n    assesses: [communication]\n",
                "    minutes: 45\n    assesses: [communication]\n")
                .replace("    title: Hiring manager conversation\n    minutes: 45\n",
                        "    title: Hiring manager conversation\n    minutes: 45\n    one-of: exercise\n");
        assertThat(validate(kit)).failedValidation()
                .errContains(FILE + ":74:13: error: stage 'hiring-manager' is an alternative of either/or step "
                        + "'exercise', but other stages come between it and the others of 'exercise'; write the "
                        + "alternatives one after the other");
    }

    @Test
    void aCriterionThatNoStageOfATrackAssessesIsAnErrorNamingTheTrack() {
        // Discovery is looked for in both tracks, but only the sales track's role-play assesses it.
        assertThat(validate(KitFixtures.tracks("    title: Finds the customer's real problem\n    only: [sales]\n",
                "    title: Finds the customer's real problem\n")))
                .failedValidation()
                .errContains(FILE + ":32:5: error: criterion 'discovery' is assessed by no stage of track "
                        + "'customer-success' at level 'mid', of track 'customer-success' at level 'senior', of track "
                        + "'customer-success' at level 'staff', so no scorecard there rates it");
    }

    @Test
    void aStageAssessingACriterionOfNoneOfItsPathsWarnsAtTheCriterionsId() {
        // The sales track's role-play cannot rate retention, which the customer-success track looks for.
        assertThat(validate(KitFixtures.tracks("    assesses: [discovery]\n", "    assesses: [discovery, retention]\n")))
                .succeeded()
                .errContains(FILE + ":51:27: warning: stage 'discovery-role-play' assesses 'retention', a criterion only "
                        + "for customer-success, but the stage is only for sales, so no scorecard rates it; remove "
                        + "'retention' from this 'assesses', or add 'customer-success' to the 'only' of the stage");
        assertThat(validate(KitFixtures.TRACKS)).errContains("no problems");
    }

    @Test
    void questionsAreCountedAgainstTheMinutesOnePathAsksThem() {
        // 6 questions in 45 minutes is too many, but no track and level is asked more than 5 of them.
        StringBuilder questions = new StringBuilder();
        for (int i = 0; i < 3; i++) questions.append("      - id: q").append(i).append("\n        ask: Q?\n");
        questions.append("      - id: mid-only\n        ask: Q?\n        only: [mid]\n");
        String kit = KitFixtures.tracks("        only: [staff]\n", "        only: [staff]\n" + questions);
        assertThat(validate(kit)).succeeded().errContains("no problems");
        assertThat(validate(kit.replace("        only: [mid]\n", ""))).succeeded()
                .errContains("warning: stage 'hiring-manager' has 6 questions for 45 minutes");
    }

    @Test
    void trackTitlesAndAnchorsPerLevelAreTranslatedAndStaleOnesReported() {
        KitFixtures.write(cwd, "customer-team", "es.yaml", """
                kit: 1
                lang: es
                tracks:
                  sales:
                    title: Puestos de ventas
                  support:
                    title: Soporte
                criteria:
                  communication:
                    anchors:
                      4:
                        senior: Pone de acuerdo a varias personas de una cuenta.
                        principal: Marca el rumbo.
                """);
        assertThat(validate(KitFixtures.TRACKS)).succeeded()
                .errContains("kits/customer-team/es.yaml:6:3: warning: stale translation: kit.yaml has no track 'support'",
                        "kits/customer-team/es.yaml:13:20: warning: stale translation: kit.yaml has no text "
                                + "'criteria.communication.anchors.4.principal'");
    }
}
