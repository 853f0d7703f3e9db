package dev.kitgen.cli;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Kitgen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.kitgen.testing.CommandResultAssert.assertThat;

class CliTest {

    @TempDir
    Path cwd;

    @Test
    void versionNamesTheBuiltVersionAndCommit() {
        CommandResult result = Kitgen.run(cwd, "--version");

        assertThat(result).succeeded().errIsEmpty();
        org.assertj.core.api.Assertions.assertThat(result.out().strip())
                .matches("kitgen \\d+\\.\\d+\\.\\d+\\S* \\(([0-9a-f]{7}|unknown)\\)");
    }

    @Test
    void unknownCommandIsAUsageErrorWithASuggestion() {
        assertThat(Kitgen.run(cwd, "rendr")).failedUsage().errContains("kitgen render").hasNoStackTrace();
    }

    @Test
    void aCommandIsNamedWithKitgenInItsUsageAndHints() {
        assertThat(Kitgen.run(cwd, "render", "--help")).succeeded().outContains("Usage: kitgen render [");
        assertThat(Kitgen.run(cwd, "i18n", "status", "--help")).succeeded().outContains("Usage: kitgen i18n status");
        assertThat(Kitgen.run(cwd, "render", "--bogus")).failedUsage()
                .errContains("Unknown option: '--bogus'", "Run 'kitgen render --help' for usage.");
    }

    @Test
    void argumentsNothingTakesAreNamed() {
        assertThat(Kitgen.run(cwd, "list", "extra")).failedUsage()
                .errContains("kitgen: error: Unmatched argument: 'extra'", "Run 'kitgen list --help' for usage.");
        assertThat(Kitgen.run(cwd, "schema", "a", "b")).failedUsage()
                .errContains("kitgen: error: Unmatched arguments: 'a', 'b'");
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(Kitgen.run(cwd, "--help")).succeeded()
                .outContains("Usage: kitgen [-hV] [COMMAND]", "render", "validate", "list", "new", "schema", "i18n",
                        "completion", "Exit codes:");
        assertThat(Kitgen.run(cwd, "help", "render")).succeeded().outContains("Usage: kitgen render [");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(Kitgen.run(cwd)).failedUsage().errContains("name a command");
    }
}
