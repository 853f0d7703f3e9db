package dev.kitgen.validate;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Kitgen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static dev.kitgen.testing.CommandResultAssert.assertThat;

/**
 * Lengths and kinds of steps as people write them, each turned into the one error that names
 * the spelling to write instead, at the value (or key) at fault. The screen stage of the tiny
 * kit is changed: its {@code minutes: 30} is line 18.
 */
class StepSpellingTest {

    @TempDir
    Path cwd;

    private CommandResult validate(String kit) {
        KitFixtures.write(cwd, "tiny", "kit.yaml", kit);
        return Kitgen.run(cwd, "validate");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "hours: 1.5      | 18:12 | 'hours' of stage 'screen' must be a whole number or a range such as [25, 30], found '1.5'; write 'minutes: 90'",
            "minutes: 25-30  | 18:14 | 'minutes' of stage 'screen' must be a whole number or a range such as [25, 30], found the text '25-30'; write 'minutes: [25, 30]'",
            "days: 0.5       | 18:11 | 'days' of stage 'screen' must be a whole number or a range such as [25, 30], found '0.5'; write 'hours: 4' (a working day counted as 8 hours)",
            "minutes: ~45    | 18:14 | 'minutes' of stage 'screen' must be a whole number or a range such as [25, 30], found the text '~45'; write 'minutes: 45' and 'about: true'",
            "hours: 2-2.5    | 18:12 | 'hours' of stage 'screen' must be a whole number or a range such as [25, 30], found the text '2-2.5'; write 'minutes: [120, 150]'",
            "duration: 45 minutes | 18:5 | unknown key 'duration' in stage 'screen'; write a stage's length as 'minutes: 45'",
            "duration: 1.5 hours  | 18:5 | unknown key 'duration' in stage 'screen'; write a stage's length as 'minutes: 90'",
            "length: an afternoon | 18:5 | unknown key 'length' in stage 'screen'; write a stage's length as 'minutes: 45', 'hours: 2' or 'days: 1'",
            "minutes: [30, 25]    | 18:14 | the range of 'minutes' of stage 'screen' runs backwards; write 'minutes: [25, 30]'",
            "minutes: [25, 30, 35] | 18:14 | 'minutes' of stage 'screen' as a range is two whole numbers of at least 1, the shorter first, such as [25, 30]",
            "kind: takehome       | 18:11 | 'takehome' is not a kind of step (did you mean 'take-home'?); write one of interview, application, take-home, work-trial, reference-check, offer, other",
            "window-days: 3       | 18:5 | 'window-days' in stage 'screen' is for a take-home or work trial; add 'kind: take-home' or 'kind: work-trial', or drop it"})
    void aLengthWrittenAsSpokenGetsTheSpellingToWrite(String line, String at, String message) {
        CommandResult result = validate(KitFixtures.tiny("    minutes: 30\n", "    " + line + "\n"));

        assertThat(result).failedValidation().hasNoStackTrace()
                .errLinesAre("kits/tiny/kit.yaml:" + at + ": error: " + message, "1 kit checked: 1 error, 0 warnings");
    }

    @Test
    void rangesAboutHoursWindowsAndPaidStepsAreValid() {
        String kit = KitFixtures.tiny("    minutes: 30\n", "    minutes: [25, 30]\n    about: true\n")
                .replace("    minutes: 60\n", "    kind: take-home\n    hours: 3\n    window-days: [5, 7]\n    paid: true\n");

        assertThat(validate(kit)).succeeded().errLinesAre("1 kit checked: no problems");
    }

    @Test
    void aStepThatRatesNeedsAssessesButAnOfferDoesNot() {
        String kit = KitFixtures.tiny("    assesses: [coding, design]\n", "    kind: take-home\n")
                .replace("tips:\n", "  - id: offer\n    kind: offer\n    title: Offer\n  - id: refs\n    kind: reference-check\n"
                        + "    title: References\n    assesses: [design]\ntips:\n");

        assertThat(validate(kit)).failedValidation().errLinesAre(
                "kits/tiny/kit.yaml:13:5: error: criterion 'design' is assessed by no stage, so no scorecard rates it; add "
                        + "'design' to the 'assesses' of the stage that should rate it, or remove the criterion",
                "kits/tiny/kit.yaml:24:5: error: missing required key 'assesses' in stage 'onsite'; a take-home is rated "
                        + "on its scorecard, so add 'assesses: [coding]' with the ids of the criteria it rates",
                "kits/tiny/kit.yaml:34:5: warning: stage 'refs' is a reference-check, which has no rating scorecard, so its "
                        + "'assesses' rates nothing; drop it, or give the stage a kind that rates (interview, take-home, work-trial)",
                "1 kit checked: 2 errors, 1 warning");
    }

    @Test
    void aKitWithoutCriteriaIsValidAndWarnsThatNothingIsRated() {
        String kit = "kit: 1\nid: tiny\nlang: en\nrole: Tiny\nsummary: Small.\nstages:\n  - id: chat\n    title: Chat\n"
                + "    questions:\n      - id: why\n        ask: Why us?\n";

        assertThat(validate(kit)).succeeded().errLinesAre(
                "kits/tiny/kit.yaml:1:1: warning: the kit has no criteria, so no scorecard rates anything; add 'criteria:' "
                        + "with what to look for (each '- id: ..., title: ...') and name them in each interview's 'assesses'",
                "1 kit checked: 0 errors, 1 warning");
    }
}
