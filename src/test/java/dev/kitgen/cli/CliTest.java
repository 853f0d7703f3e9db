package dev.kitgen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.kitgen.cli.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class CliTest {

    @TempDir
    Path cwd;

    @Test
    void versionIsTheBuildsVersion() {
        CommandResult result = CommandResult.run(cwd, "--version");

        assertThat(result).succeeded().errIsEmpty();
        assertThat(result.out().strip()).matches("kitgen \\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?");
    }

    @Test
    void noCommandIsAUsageError() {
        CommandResult result = CommandResult.run(cwd);

        assertThat(result).failedUsage().errContains("name a command").hasNoStackTrace();
    }
}
