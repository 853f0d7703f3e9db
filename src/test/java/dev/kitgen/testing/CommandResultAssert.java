package dev.kitgen.testing;

import dev.kitgen.cli.Cli;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Assertions on a kitgen run (see {@link Kitgen}): {@code assertThat(result).succeeded().wrote("out/...").errIsEmpty()}. */
public final class CommandResultAssert extends AbstractAssert<CommandResultAssert, CommandResult> {

    private CommandResultAssert(CommandResult actual) {
        super(actual, CommandResultAssert.class);
    }

    public static CommandResultAssert assertThat(CommandResult actual) {
        return new CommandResultAssert(actual);
    }

    public CommandResultAssert exitedWith(int code) {
        isNotNull();
        if (actual.exitCode() != code) {
            failWithMessage("expected exit code %d but was %d%nstdout:%n%s%nstderr:%n%s",
                    code, actual.exitCode(), actual.out(), actual.err());
        }
        return this;
    }

    public CommandResultAssert succeeded() {
        return exitedWith(Cli.OK);
    }

    public CommandResultAssert failedValidation() {
        return exitedWith(Cli.INVALID);
    }

    public CommandResultAssert failedUsage() {
        return exitedWith(Cli.USAGE);
    }

    /** The file exists, relative to the folder kitgen ran in, and the run listed it. */
    public CommandResultAssert wrote(String relative) {
        Path file = actual.cwd().resolve(relative);
        if (!Files.isRegularFile(file)) {
            failWithMessage("expected kitgen to write %s, but it does not exist%nstderr:%n%s", relative, actual.err());
        }
        Assertions.assertThat(actual.out()).as("stdout lists the written file").contains(relative);
        return this;
    }

    public CommandResultAssert errIsEmpty() {
        Assertions.assertThat(actual.err()).as("stderr").isEmpty();
        return this;
    }

    public CommandResultAssert errContains(String... parts) {
        Assertions.assertThat(actual.err()).as("stderr").contains(parts);
        return this;
    }

    /** Stderr is exactly these lines, in this order: for messages whose every word and place matters. */
    public CommandResultAssert errLinesAre(String... lines) {
        isNotNull();
        Assertions.assertThat(actual.err().lines().toList()).as("stderr lines").containsExactly(lines);
        return this;
    }

    public CommandResultAssert outContains(String... parts) {
        Assertions.assertThat(actual.out()).as("stdout").contains(parts);
        return this;
    }

    /** No user ever sees a Java stack trace unless they ask for one with --verbose. */
    public CommandResultAssert hasNoStackTrace() {
        Assertions.assertThat(actual.err()).as("stderr").doesNotContainPattern("\\n\\s+at [\\w.$]+\\(")
                .doesNotContain("Exception in thread");
        return this;
    }
}
