package dev.kitgen.testing;

import dev.kitgen.cli.Cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs kitgen in-process, as a user would from a shell in a folder; check the result with {@link CommandResultAssert}. */
public final class Kitgen {

    /** Runs kitgen with {@code cwd} as its working folder, no environment variables and no terminal. */
    public static CommandResult run(Path cwd, String... args) {
        return run(cwd, Map.of(), args);
    }

    /** Runs kitgen with these environment variables (and no others), such as SOURCE_DATE_EPOCH. */
    public static CommandResult run(Path cwd, Map<String, String> env, String... args) {
        return execute(cwd, env, false, args);
    }

    /** Runs kitgen as if its stderr were a terminal, where it shows progress. */
    public static CommandResult runOnTerminal(Path cwd, String... args) {
        return execute(cwd, Map.of(), true, args);
    }

    private static CommandResult execute(Path cwd, Map<String, String> env, boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(cwd, env, terminal, new PrintWriter(out), new PrintWriter(err), args);
        return new CommandResult(code, out.toString(), err.toString(), cwd);
    }

    private Kitgen() {}
}
