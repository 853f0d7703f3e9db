package dev.kitgen.cli;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Kitgen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The command line speaks with one voice: values, short options, help, where it looked, and quiet runs. */
class ConsistencyTest {

    @TempDir
    Path cwd;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "--doc| guid| --doc: 'guid' is not a document; use guide, scorecard, packet, candidate or all (did you mean 'guide'?)",
            "--paper| a3| --paper: 'a3' is not a paper size; use a4 or letter (did you mean 'a4'?)",
            "--format| htm| --format: 'htm' is not a format; use md, html or pdf (did you mean 'html'?)",
            "--problems| GitHb| --problems: 'GitHb' is not a way to print problems; use text or github (did you mean 'github'?)"})
    void aWrongValueIsAnsweredWithTheValuesAsUsersTypeThem(String option, String value, String message) {
        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", option, value);

        assertThat(result).failedUsage();
        assertThat(result.err()).startsWith("kitgen: error: " + message + "\n");
    }

    @Test
    void valuesAreReadInAnyCase() {
        assertThat(Kitgen.run(cwd, "render", "ml-engineer", "--lang", "en", "--doc", "GUIDE", "--format", "MD",
                "--paper", "Letter")).succeeded();
        assertThat(Kitgen.run(cwd, "validate", "--output", "JSON")).succeeded();
    }

    @Test
    void aShortOptionMeansOneThingInEveryCommand() {
        assertThat(Kitgen.run(cwd, "validate", "-o", "json")).failedUsage();
        assertThat(Kitgen.run(cwd, "render", "ml-engineer", "--lang", "en", "--doc", "guide", "-o", "elsewhere"))
                .succeeded().wrote("elsewhere/ml-engineer/en/guide.md");
    }

    @Test
    void helpWithANestedCommandShowsThatCommand() {
        CommandResult result = Kitgen.run(cwd, "help", "i18n", "skeleton");

        assertThat(result).succeeded();
        assertThat(result.out()).startsWith("Usage: kitgen i18n skeleton ");
    }

    @Test
    void anUnknownRoleSaysWhereKitgenLooked() {
        assertThat(Kitgen.run(cwd, "render", "ml-enginer")).failedUsage().errContains(
                "kitgen: error: unknown role 'ml-enginer' in kitgen's built-in kits (did you mean 'ml-engineer'?)");
    }

    @Test
    void renderListsThePathsItWroteOnePerLineForPipes() {
        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "es", "--doc", "guide");

        assertThat(result).succeeded().errIsEmpty();
        assertThat(result.out().lines()).containsExactly("out/ml-engineer/es/guide.md", "out/ml-engineer/es/guide.html");
    }

    @Test
    void quietPrintsProblemsOnly() {
        KitFixtures.copyShipped(cwd);
        CommandResult render = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "es", "--quiet");
        CommandResult all = Kitgen.run(cwd, "render", "--all", "--format", "md", "-q");
        CommandResult validate = Kitgen.run(cwd, "validate", "--quiet");
        CommandResult unknown = Kitgen.run(cwd, "validate", "nope", "--quiet");

        assertThat(render).succeeded().errIsEmpty();
        assertThat(render.out()).isEmpty();
        assertThat(cwd.resolve("out/ml-engineer/es/packet.html")).isRegularFile();
        assertThat(all).succeeded().errIsEmpty();
        assertThat(all.out()).isEmpty();
        assertThat(validate).succeeded().errIsEmpty();
        assertThat(unknown).failedUsage().errContains("unknown role 'nope'");
    }
}
