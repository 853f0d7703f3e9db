package dev.kitgen.cli;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Kitgen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static dev.kitgen.testing.KitFixtures.TINY;
import static dev.kitgen.testing.KitFixtures.TINY_ES;
import static dev.kitgen.testing.KitFixtures.tiny;
import static dev.kitgen.testing.KitFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {

    @TempDir
    Path cwd;

    private CommandResult validate(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "validate";
        System.arraycopy(args, 0, all, 1, args.length);
        return Kitgen.run(cwd, all);
    }

    @Test
    void theShippedKitsHaveNoProblems() {
        assertThat(validate()).succeeded();
        assertThat(validate().err()).isEqualTo("7 kits checked: no problems\n");
    }

    @Test
    void aMisspeltKeyAnUnknownCriterionAndAnUnassessedCriterionAreReportedTogether() {
        write(cwd, "tiny", "kit.yaml", tiny("    assesses: [coding, design]", "    asesses: [coding, design]")
                .replace("        assesses: [coding]", "        assesses: [codign]"));

        CommandResult result = validate("tiny");

        assertThat(result).failedValidation().hasNoStackTrace();
        assertThat(result.err()).isEqualTo("""
                kits/tiny/kit.yaml:13:5: error: criterion 'design' is assessed by no stage, so no scorecard rates it; \
                add 'design' to the 'assesses' of the stage that should rate it, or remove the criterion
                kits/tiny/kit.yaml:23:20: error: unknown criterion 'codign' (did you mean 'coding'?); criteria are coding, design
                kits/tiny/kit.yaml:27:5: error: unknown key 'asesses' in stage 'onsite' (did you mean 'assesses'?)
                1 kit checked: 3 errors, 0 warnings
                """);
    }

    @Test
    void moreQuestionsThanTheMinutesAllowIsAWarningThatStrictCountsAsAnError() {
        write(cwd, "tiny", "kit.yaml", tiny("    minutes: 30\n", "    minutes: 15\n")
                .replace("        assesses: [coding]\n", "        assesses: [coding]\n      - id: follow-up\n        ask: And then?\n"));

        String message = "stage 'screen' has 2 questions for 15 minutes; at about 8 minutes a question there is room "
                + "for 1: drop questions or raise 'minutes'\n";
        assertThat(validate()).succeeded();
        assertThat(validate().err()).isEqualTo("kits/tiny/kit.yaml:20:5: warning: " + message
                + "1 kit checked: 0 errors, 1 warning\n");
        assertThat(validate("--strict")).failedValidation();
        assertThat(validate("--strict").err()).isEqualTo("kits/tiny/kit.yaml:20:5: error: " + message
                + "1 kit checked: 1 error, 0 warnings (--strict counts warnings as errors)\n");
    }

    @Test
    void weightsArePositiveAndAnchorsStayOnTheScale() {
        write(cwd, "tiny", "kit.yaml", tiny("weight: 2", "weight: 0").replace("      4: Writes", "      5: Writes"));

        assertThat(validate()).failedValidation().errContains("""
                kits/tiny/kit.yaml:9:13: error: weight of criterion 'coding' must be 1 or more, found 0; \
                leave 'weight' out for the default of 1
                kits/tiny/kit.yaml:12:10: error: anchor 5 of criterion 'coding' is not on the rating scale; \
                use a rating from 1 to 4
                """);
    }

    @Test
    void aStageTakesMinutesOrDaysNotBoth() {
        write(cwd, "tiny", "kit.yaml", tiny("    minutes: 60\n", "    minutes: 60\n    days: 1\n"));

        assertThat(validate()).failedValidation()
                .errContains("kits/tiny/kit.yaml:27:5: error: stage 'onsite' gives both 'minutes' and 'days'; keep one\n");
    }

    @Test
    void aQuestionThatAssessesWhatItsStageDoesNotIsAWarning() {
        write(cwd, "tiny", "kit.yaml", tiny("        assesses: [coding]", "        assesses: [design]"));

        assertThat(validate()).succeeded().errContains("kits/tiny/kit.yaml:23:20: warning: question 'warmup' assesses "
                + "'design', but stage 'screen' does not, so its scorecard has no rating for it; add 'design' to the "
                + "stage's 'assesses'\n");
    }

    @Test
    void aTranslationThatChangesStructureIsAnErrorAndAStaleIdAWarning() {
        write(cwd, "tiny", "kit.yaml", TINY);
        write(cwd, "tiny", "es.yaml", TINY_ES.replace("    title: Presencial\n",
                "    title: Presencial\n    minutes: 45\n  lunch:\n    title: Almuerzo\n"));

        assertThat(validate()).failedValidation();
        assertThat(validate().err()).isEqualTo("""
                kits/tiny/es.yaml:21:5: error: 'minutes' is structure, not text: it belongs only in kit.yaml; \
                remove it from the translation
                kits/tiny/es.yaml:22:3: warning: stale translation: kit.yaml has no stage 'lunch' under 'stages'; \
                remove it, or rename it to an id kit.yaml has
                1 kit checked: 1 error, 1 warning
                """);
    }

    @Test
    void aMissingTranslationIsAWarningAndAnErrorWithStrict() {
        write(cwd, "tiny", "kit.yaml", TINY);
        write(cwd, "tiny", "es.yaml", TINY_ES.replace("text: Escucha más de lo que hablas.", "text: \"\""));

        String message = "1 text not translated into 'es'; falling back to en (first: tips.listen.text)\n";
        assertThat(validate()).succeeded();
        assertThat(validate().err()).startsWith("kits/tiny/es.yaml:1:1: warning: " + message);
        assertThat(validate("--strict")).failedValidation().errContains("kits/tiny/es.yaml:1:1: error: " + message);
    }

    @Test
    void jsonOutputIsAStableDocumentOnStdout() {
        write(cwd, "tiny", "kit.yaml", tiny("weight: 2", "weight: -1"));

        CommandResult result = validate("--output", "json");

        assertThat(result).failedValidation().errIsEmpty();
        assertThat(result.out()).isEqualTo("""
                {
                  "format": 1,
                  "roles": [
                    "tiny"
                  ],
                  "strict": false,
                  "passed": false,
                  "errors": 1,
                  "warnings": 0,
                  "diagnostics": [
                    {
                      "file": "kits/tiny/kit.yaml",
                      "line": 9,
                      "column": 13,
                      "severity": "error",
                      "message": "weight of criterion 'coding' must be 1 or more, found -1; leave 'weight' out for the default of 1"
                    }
                  ]
                }
                """);
    }

    @Test
    void anUnknownRoleIsAUsageError() {
        assertThat(validate("ml-enginer")).failedUsage().errContains("unknown role 'ml-enginer'");
    }
}
