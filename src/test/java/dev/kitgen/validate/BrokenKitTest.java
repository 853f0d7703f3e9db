package dev.kitgen.validate;

import dev.kitgen.TestFiles;
import dev.kitgen.cli.CommandResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.kitgen.cli.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One broken kit per validation rule, under {@code src/test/resources/broken/<rule>/kits/}: each
 * is the small kit {@code tiny} with one mistake, and each test pins the exact message, file,
 * line and column a user sees.
 */
class BrokenKitTest {

    @TempDir
    Path cwd;

    /** Runs kitgen in a folder holding the rule's {@code kits/}, as a user would from their repository. */
    private CommandResult run(String rule, String... args) {
        Path fixture = TestFiles.testResources("broken", rule, "kits");
        assertThat(fixture).as("fixture of rule '" + rule + "'").isDirectory();
        if (!Files.exists(cwd.resolve("kits"))) {
            TestFiles.copyTree(fixture, cwd.resolve("kits"));
        }
        return CommandResult.run(cwd, args);
    }

    private CommandResult validate(String rule) {
        return run(rule, "validate");
    }

    private static void assertErr(CommandResult result, String... lines) {
        assertThat(result).hasNoStackTrace();
        assertThat(result.err().lines()).containsExactly(lines);
    }

    @Test
    void unknownKeySuggestsTheKnownOne() {
        CommandResult result = validate("unknown-key");

        assertThat(result).failedValidation();
        assertErr(result,
                "kits/tiny/kit.yaml:18:5: error: unknown key 'asseses' in stage 'screen' (did you mean 'assesses'?)",
                "1 error, 0 warnings");
    }

    @Test
    void wrongTypeIsReportedOnceAtTheValue() {
        CommandResult result = validate("wrong-type");

        assertThat(result).failedValidation();
        assertErr(result,
                "kits/tiny/kit.yaml:17:14: error: 'minutes' in stage 'screen' must be a whole number, found 'half an hour'",
                "1 error, 0 warnings");
    }

    @Test
    void missingRequiredFieldNamesTheKeyToAdd() {
        CommandResult result = validate("missing-required");

        assertThat(result).failedValidation();
        assertErr(result,
                "kits/tiny/kit.yaml:12:5: error: missing required key 'title' in criterion 'talking'; "
                        + "add 'title:' (what to look for, in a few words)",
                "1 error, 0 warnings");
    }

    @Test
    void duplicateCriterionId() {
        CommandResult result = validate("duplicate-criterion-id");

        assertThat(result).failedValidation();
        assertErr(result,
                "kits/tiny/kit.yaml:14:9: error: duplicate criterion id 'coding' (first used at line 7); "
                        + "ids must be unique within 'criteria'",
                "1 error, 0 warnings");
    }

    @Test
    void duplicateStageId() {
        CommandResult result = validate("duplicate-stage-id");

        assertThat(result).failedValidation();
        assertErr(result,
                "kits/tiny/kit.yaml:23:9: error: duplicate stage id 'screen' (first used at line 15); "
                        + "ids must be unique within 'stages'",
                "1 error, 0 warnings");
    }

    @Test
    void duplicateQuestionId() {
        CommandResult result = validate("duplicate-question-id");

        assertThat(result).failedValidation();
        assertErr(result,
                "kits/tiny/kit.yaml:23:13: error: duplicate question id 'hello' in stage 'screen' (first used at line 20)",
                "1 error, 0 warnings");
    }

    @Test
    void stageNamingAnUnknownCriterion() {
        CommandResult result = validate("unknown-criterion-in-stage");

        assertThat(result).failedValidation();
        assertErr(result,
                "kits/tiny/kit.yaml:18:24: error: unknown criterion 'talkign' (did you mean 'talking'?); "
                        + "criteria are coding, talking",
                "1 error, 0 warnings");
    }

    @Test
    void questionNamingAnUnknownCriterion() {
        CommandResult result = validate("unknown-criterion-in-question");

        assertThat(result).failedValidation();
        assertErr(result,
                "kits/tiny/kit.yaml:22:20: error: unknown criterion 'cooking' (did you mean 'coding'?); "
                        + "criteria are coding, talking",
                "1 error, 0 warnings");
    }

    @Test
    void redFlagNamingAnUnknownCriterion() {
        CommandResult result = validate("unknown-criterion-in-red-flag");

        assertThat(result).failedValidation();
        assertErr(result,
                "kits/tiny/kit.yaml:26:16: error: unknown criterion 'manners'; criteria are coding, talking",
                "1 error, 0 warnings");
    }

    @Test
    void yamlSyntaxErrorPointsAtTheCharacter() {
        CommandResult result = validate("yaml-syntax");

        assertThat(result).failedValidation();
        assertErr(result,
                "kits/tiny/kit.yaml:13:20: error: YAML syntax: mapping values are not allowed here",
                "1 error, 0 warnings");
    }

    @Test
    void duplicateYamlKey() {
        CommandResult result = validate("duplicate-yaml-key");

        assertThat(result).failedValidation();
        assertErr(result,
                "kits/tiny/kit.yaml:18:5: error: duplicate key 'title' (first written at line 16); keep only one",
                "1 error, 0 warnings");
    }

    @Test
    void anchorOffTheScale() {
        CommandResult result = validate("anchor-off-scale");

        assertThat(result).failedValidation();
        assertErr(result,
                "kits/tiny/kit.yaml:11:10: error: anchor 5 of criterion 'coding' is not on the rating scale; "
                        + "use a rating from 1 to 4",
                "1 error, 0 warnings");
    }

    @Test
    void weightBelowOne() {
        CommandResult result = validate("weight-below-one");

        assertThat(result).failedValidation();
        assertErr(result,
                "kits/tiny/kit.yaml:14:13: error: weight of criterion 'talking' must be 1 or more, found 0",
                "1 error, 0 warnings");
    }

    @Test
    void idNotMatchingTheFolder() {
        CommandResult result = validate("id-not-folder");

        assertThat(result).failedValidation();
        assertErr(result,
                "kits/tiny/kit.yaml:2:5: error: id 'tiny-role' does not match the kit's folder 'tiny'; "
                        + "write 'id: tiny' or rename the folder",
                "1 error, 0 warnings");
    }

    @Test
    void badIdSuggestsAGoodOne() {
        CommandResult result = validate("bad-id");

        assertThat(result).failedValidation();
        assertErr(result,
                "kits/tiny/kit.yaml:15:9: error: 'Phone_Screen' is not a valid id; write lowercase letters, digits "
                        + "and single hyphens, such as 'phone-screen'",
                "1 error, 0 warnings");
    }

    @Test
    void translationCarryingStructure() {
        CommandResult result = validate("translation-structure");

        assertThat(result).failedValidation();
        assertErr(result,
                "kits/tiny/es.yaml:16:5: error: 'minutes' is structure, not text: it belongs only in kit.yaml; "
                        + "remove it from the translation",
                "1 error, 0 warnings");
    }

    @Test
    void staleTranslatedIdIsAWarning() {
        CommandResult result = validate("stale-translation");

        assertThat(result).succeeded();
        assertErr(result,
                "kits/tiny/es.yaml:20:3: warning: stale translation: kit.yaml has no red flag 'impolite' under "
                        + "'red-flags'; remove it, or rename it to an id kit.yaml has",
                "0 errors, 1 warning");
        assertThat(run("stale-translation", "validate", "--strict")).failedValidation();
    }

    @Test
    void missingTranslationIsAWarningAndFallsBackToTheSourceLanguage() throws IOException {
        CommandResult result = run("missing-translation", "render", "tiny", "--lang", "es", "--format", "md");

        assertThat(result).succeeded().wrote("out/tiny/es/guide.md");
        assertErr(result,
                "kits/tiny/es.yaml:1:1: warning: 1 text not translated into 'es'; falling back to en "
                        + "(first: criteria.talking.title)",
                "0 errors, 1 warning");
        String guide = Files.readString(cwd.resolve("out/tiny/es/guide.md"));
        assertThat(guide).contains("- **Escribe código**", "- **Explains things**");
    }

    @Test
    void languageTheKitLacksIsAUsageError() {
        CommandResult result = run("unknown-language", "render", "tiny", "--lang", "fr");

        assertThat(result).failedUsage();
        assertErr(result, "kitgen: error: kit 'tiny' has no 'fr' translation; it has en, es. "
                + "Add kits/tiny/fr.yaml to translate it");
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    @Test
    void unknownRoleIsAUsageErrorThatListsTheKnownRoles() {
        for (String command : List.of("render", "validate")) {
            CommandResult result = run("unknown-role", command, "tiyn");

            assertThat(result).as(command).failedUsage();
            assertErr(result, "kitgen: error: unknown role 'tiyn' in kits (did you mean 'tiny'?); known roles: tiny");
        }
    }

    @Test
    void everyProblemOfARunIsReportedSortedByLine() {
        CommandResult result = validate("three-mistakes");

        assertThat(result).failedValidation();
        assertErr(result,
                "kits/tiny/kit.yaml:14:13: error: weight of criterion 'talking' must be 1 or more, found 0",
                "kits/tiny/kit.yaml:18:14: error: 'minutes' in stage 'screen' must be a whole number, found '30'",
                "kits/tiny/kit.yaml:22:9: error: unknown key 'aks' in question 'hello' of stage 'screen' (did you mean 'ask'?)",
                "3 errors, 0 warnings");
    }

    @Test
    void renderingABrokenKitWritesNothing() {
        CommandResult result = run("three-mistakes", "render", "tiny");

        assertThat(result).failedValidation().errContains("3 errors, 0 warnings").hasNoStackTrace();
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    @Test
    void everyFixtureIsAValidKitButForItsOneMistake() throws IOException {
        // The base kit itself must be valid, or the fixtures would test more than one rule.
        CommandResult result = run("unknown-role", "validate");

        assertThat(result).succeeded();
        assertErr(result, "1 kit checked, no problems");
        try (Stream<Path> rules = Files.list(TestFiles.testResources("broken"))) {
            assertThat(rules.map(p -> p.getFileName().toString()))
                    .as("every folder under broken/ is a kit folder").allSatisfy(rule ->
                            assertThat(TestFiles.testResources("broken", rule, "kits")).isDirectory());
        }
    }

    @Test
    void misspeltKeyInACopyOfTheShippedKitNamesFileLineAndKey() throws IOException {
        Path kits = cwd.resolve("my-kits");
        TestFiles.copyTree(TestFiles.project().resolve("kits"), kits);
        Path kitFile = kits.resolve("ml-engineer/kit.yaml");
        List<String> lines = Files.readAllLines(kitFile);
        int line = lines.indexOf("    run-by: Hiring manager");
        assertThat(line).as("the shipped kit has the line this test misspells").isNotNegative();
        lines.set(line, "    runby: Hiring manager");
        Files.write(kitFile, lines);

        CommandResult result = CommandResult.run(cwd, "validate", "--kits", "my-kits");

        assertThat(result).failedValidation();
        assertErr(result,
                "my-kits/ml-engineer/kit.yaml:" + (line + 1) + ":5: error: unknown key 'runby' in stage "
                        + "'production-experience' (did you mean 'run-by'?)",
                "1 error, 0 warnings");
    }
}
