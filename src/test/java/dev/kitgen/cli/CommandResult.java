package dev.kitgen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** The outcome of one in-process kitgen run: exit code, what it printed, and the folder it ran in. */
public record CommandResult(int exitCode, String out, String err, Path cwd) {

    /** Runs kitgen with {@code cwd} as its working folder, as a user would from a shell there. */
    public static CommandResult run(Path cwd, String... args) {
        return run(cwd, Map.of(), args);
    }

    /** Runs kitgen with these environment variables (and no others), such as SOURCE_DATE_EPOCH. */
    public static CommandResult run(Path cwd, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(cwd, env, false, new PrintWriter(out), new PrintWriter(err), args);
        return new CommandResult(code, out.toString(), err.toString(), cwd);
    }
}
