package dev.kitgen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.kitgen.cli.CommandResultAssert.assertThat;

class CliTest {

    @TempDir
    Path cwd;

    @Test
    void versionNamesTheBuiltVersion() {
        CommandResult result = CommandResult.run(cwd, "--version");

        assertThat(result).succeeded().errIsEmpty();
        org.assertj.core.api.Assertions.assertThat(result.out().strip()).matches("kitgen \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void unknownCommandIsAUsageErrorWithASuggestion() {
        assertThat(CommandResult.run(cwd, "rendr")).failedUsage().errContains("kitgen render").hasNoStackTrace();
    }

    @Test
    void aCommandIsNamedWithKitgenInItsUsageAndHints() {
        assertThat(CommandResult.run(cwd, "render", "--help")).succeeded().outContains("Usage: kitgen render [");
        assertThat(CommandResult.run(cwd, "i18n", "status", "--help")).succeeded().outContains("Usage: kitgen i18n status");
        assertThat(CommandResult.run(cwd, "render", "--bogus")).failedUsage()
                .errContains("Unknown option: '--bogus'", "Run 'kitgen render --help' for usage.");
    }

    @Test
    void argumentsNothingTakesAreNamed() {
        assertThat(CommandResult.run(cwd, "list", "extra")).failedUsage()
                .errContains("kitgen: error: Unmatched argument: 'extra'", "Run 'kitgen list --help' for usage.");
        assertThat(CommandResult.run(cwd, "schema", "a", "b")).failedUsage()
                .errContains("kitgen: error: Unmatched arguments: 'a', 'b'");
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(CommandResult.run(cwd, "--help")).succeeded()
                .outContains("Usage: kitgen [-hV] [COMMAND]", "render", "validate", "list", "new", "schema", "i18n",
                        "completion", "Exit codes:");
        assertThat(CommandResult.run(cwd, "help", "render")).succeeded().outContains("Usage: kitgen render [");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(CommandResult.run(cwd)).failedUsage().errContains("name a command");
    }
}
