package dev.kitgen.validate;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Folders;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
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
        Path fixture = Project.testResource("broken/" + rule + "/kits");
        assertThat(fixture).as("fixture of rule '" + rule + "'").isDirectory();
        if (!Files.exists(cwd.resolve("kits"))) {
            Folders.copy(fixture, cwd.resolve("kits"));
        }
        return Kitgen.run(cwd, args);
    }

    private CommandResult validate(String rule) {
        return run(rule, "validate");
    }

    private static void assertErr(CommandResult result, String... lines) {
        assertThat(result).hasNoStackTrace().errLinesAre(lines);
    }

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> rules = Files.list(Project.testResource("broken"))) {
            return rules.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void noCommandShowsAStackTraceForAnyFixture(String rule) {
        for (String[] args : List.of(new String[]{"validate"}, new String[]{"validate", "--strict"},
                new String[]{"render", "--all"}, new String[]{"list"}, new String[]{"render", "tiny", "--stdout"})) {
            CommandResult result = run(rule, args);

            assertThat(result).as(rule + ": kitgen " + String.join(" ", args)).hasNoStackTrace();
            assertThat(result.exitCode()).as(rule + ": kitgen " + String.join(" ", args)).isBetween(0, 2);
            assertThat(result.err()).as(rule + ": kitgen " + String.join(" ", args)).doesNotContain("internal error");
        }
    }

    /** Rules whose fixture gives exactly one error: the rule's folder, then the line a user sees. */
    static Stream<Arguments> oneErrorEach() {
        return Stream.of(
                Arguments.of("unknown-key",
                        "kits/tiny/kit.yaml:17:5: error: unknown key 'minuts' in stage 'screen' (did you mean 'minutes'?)"),
                Arguments.of("wrong-type",
                        "kits/tiny/kit.yaml:17:14: error: 'minutes' of stage 'screen' must be a whole number or a range such as [25, 30], "
                                + "found the text 'half an hour'"),
                Arguments.of("missing-required",
                        "kits/tiny/kit.yaml:12:5: error: missing required key 'title' in criterion 'talking'; "
                                + "add 'title:' (what to look for, in a few words)"),
                Arguments.of("duplicate-criterion-id",
                        "kits/tiny/kit.yaml:14:9: error: duplicate criterion id 'coding' (first used at line 7); "
                                + "ids must be unique within 'criteria'"),
                Arguments.of("duplicate-stage-id",
                        "kits/tiny/kit.yaml:23:9: error: duplicate stage id 'screen' (first used at line 15); "
                                + "ids must be unique within 'stages'"),
                Arguments.of("duplicate-question-id",
                        "kits/tiny/kit.yaml:23:13: error: duplicate question id 'hello' in stage 'screen' (first used at line 20)"),
                Arguments.of("unknown-criterion-in-stage",
                        "kits/tiny/kit.yaml:18:33: error: unknown criterion 'culture-fit'; criteria are coding, talking"),
                Arguments.of("unknown-criterion-in-question",
                        "kits/tiny/kit.yaml:22:20: error: unknown criterion 'cooking' (did you mean 'coding'?); "
                                + "criteria are coding, talking"),
                Arguments.of("unknown-criterion-in-red-flag",
                        "kits/tiny/kit.yaml:26:16: error: unknown criterion 'manners'; criteria are coding, talking"),
                Arguments.of("yaml-syntax",
                        "kits/tiny/kit.yaml:13:20: error: YAML syntax: mapping values are not allowed here"),
                Arguments.of("duplicate-yaml-key",
                        "kits/tiny/kit.yaml:18:5: error: duplicate key 'title' (first written at line 16); keep only one"),
                Arguments.of("anchor-off-scale",
                        "kits/tiny/kit.yaml:11:10: error: anchor 5 of criterion 'coding' is not on the rating scale; "
                                + "use a rating from 1 to 4"),
                Arguments.of("weight-below-one",
                        "kits/tiny/kit.yaml:14:13: error: weight of criterion 'talking' must be 1 or more, found 0; "
                                + "leave 'weight' out for the default of 1"),
                Arguments.of("id-not-folder",
                        "kits/tiny/kit.yaml:2:5: error: id 'tiny-role' does not match the kit's folder 'tiny'; "
                                + "write 'id: tiny' or rename the folder"),
                Arguments.of("bad-id",
                        "kits/tiny/kit.yaml:15:9: error: 'Phone_Screen' is not a valid id; write lowercase letters, digits "
                                + "and single hyphens, such as 'phone-screen'"),
                Arguments.of("translation-structure",
                        "kits/tiny/es.yaml:16:5: error: 'minutes' is structure, not text: it belongs only in kit.yaml; "
                                + "remove it from the translation"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneErrorEach")
    void eachRuleGivesItsOneMessageAtItsPlace(String rule, String message) {
        CommandResult result = validate(rule);

        assertThat(result).failedValidation();
        assertErr(result, message, "1 kit checked: 1 error, 0 warnings");
    }

    @Test
    void staleTranslatedIdIsAWarning() {
        CommandResult result = validate("stale-translation");

        assertThat(result).succeeded();
        assertErr(result,
                "kits/tiny/es.yaml:22:3: warning: stale translation: kit.yaml has no red flag 'impolite' under "
                                + "'red-flags'; remove it, or rename it to an id kit.yaml has",
                "1 kit checked: 0 errors, 1 warning");
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

        CommandResult validate = run("missing-translation", "validate");
        assertThat(validate).succeeded();
        assertErr(validate,
                "kits/tiny/es.yaml:1:1: warning: 1 text not translated into 'es'; falling back to en "
                        + "(first: criteria.talking.title)",
                "1 kit checked: 0 errors, 1 warning");
    }

    @Test
    void languageTheKitLacksIsAUsageError() {
        CommandResult result = run("unknown-language", "render", "tiny", "--lang", "th");

        assertThat(result).failedUsage();
        assertErr(result, "kitgen: error: kit 'tiny' has no 'th' translation, and kitgen has no UI catalog for 'th'; "
                + "the kit has en, es. Add kits/tiny/th.yaml to translate it ('kitgen i18n skeleton tiny --lang th' "
                + "starts one), or templates/messages/th.yaml for headings in 'th' over the kit's own texts ('kitgen "
                + "i18n skeleton --catalog th' starts one)");
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    @Test
    void unknownRoleIsAUsageErrorThatListsTheKnownRoles() {
        for (String command : List.of("render", "validate")) {
            CommandResult result = run("unknown-role", command, "tiyn");

            assertThat(result).as(command).failedUsage();
            assertErr(result, "kitgen: error: unknown role 'tiyn' in ./kits (did you mean 'tiny'?); known roles: tiny");
        }
    }

    @Test
    void everyProblemOfARunIsReportedSortedByLine() {
        CommandResult result = validate("three-mistakes");

        assertThat(result).failedValidation();
        assertErr(result,
                "kits/tiny/kit.yaml:14:13: error: weight of criterion 'talking' must be 1 or more, found 0; "
                        + "leave 'weight' out for the default of 1",
                "kits/tiny/kit.yaml:18:14: error: 'minutes' of stage 'screen' must be a whole number or a range such as [25, 30], "
                                + "found the text '30'; write 'minutes: 30'",
                "kits/tiny/kit.yaml:22:9: error: unknown key 'aks' in question 'hello' of stage 'screen' (did you mean 'ask'?)",
                "1 kit checked: 3 errors, 0 warnings");
    }

    @Test
    void renderingABrokenKitWritesNothing() {
        CommandResult result = run("three-mistakes", "render", "tiny");

        assertThat(result).failedValidation().errContains("3 errors, 0 warnings").hasNoStackTrace();
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    @Test
    void theBaseKitOfTheFixturesIsValid() {
        // Were it not, each fixture would test more than its one rule.
        CommandResult result = run("unknown-role", "validate");

        assertThat(result).succeeded();
        assertErr(result, "1 kit checked: no problems");
    }

    @Test
    void everyFixtureHasATest() throws IOException {
        Set<String> tested = oneErrorEach().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(HashSet::new));
        tested.addAll(List.of("stale-translation", "missing-translation", "unknown-language", "unknown-role",
                "three-mistakes"));
        try (Stream<Path> rules = Files.list(Project.testResource("broken"))) {
            assertThat(rules.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(tested);
        }
    }

    @Test
    void misspeltKeyInACopyOfTheShippedKitNamesFileLineAndKey() throws IOException {
        Path kits = cwd.resolve("my-kits");
        Folders.copy(Project.path("kits"), kits);
        Path kitFile = kits.resolve("ml-engineer/kit.yaml");
        List<String> lines = Files.readAllLines(kitFile);
        int line = lines.indexOf("    run-by: Hiring manager");
        assertThat(line).as("the shipped kit has the line this test misspells").isNotNegative();
        lines.set(line, "    runby: Hiring manager");
        Files.write(kitFile, lines);

        CommandResult result = Kitgen.run(cwd, "validate", "--kits", "my-kits");

        assertThat(result).failedValidation();
        assertErr(result,
                "my-kits/ml-engineer/kit.yaml:" + (line + 1) + ":5: error: unknown key 'runby' in stage "
                                + "'production-experience' (did you mean 'run-by'?)",
                "7 kits checked: 1 error, 0 warnings");
    }
}
