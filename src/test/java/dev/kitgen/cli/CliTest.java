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
    void noCommandIsAUsageError() {
        assertThat(CommandResult.run(cwd)).failedUsage().errContains("name a command");
    }
}
