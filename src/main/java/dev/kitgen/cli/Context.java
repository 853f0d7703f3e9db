package dev.kitgen.cli;

import dev.kitgen.diagnostics.UserText;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** What a command needs from its surroundings, passed in so that tests run the CLI in-process. */
final class Context {
    private final Path cwd;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final boolean terminal;
    private boolean verbose;
    private boolean annotations;
    private boolean quiet;

    /**
     * @param env      the environment variables kitgen reads ({@code SOURCE_DATE_EPOCH})
     * @param terminal whether stderr is a terminal a person watches, so that progress is worth showing
     */
    Context(Path cwd, Map<String, String> env, boolean terminal, PrintWriter out, PrintWriter err) {
        this.cwd = cwd;
        this.env = Map.copyOf(env);
        this.terminal = terminal;
        this.out = out;
        this.err = err;
    }

    /** An environment variable, or {@code null} when it is not set. */
    String env(String name) {
        return env.get(name);
    }

    boolean terminal() {
        return terminal;
    }

    Path cwd() {
        return cwd;
    }

    /**
     * A path as the user would type it: relative to the working folder when below it, with any
     * character that could act on a terminal shown as an escape.
     */
    String show(Path p) {
        Path base = cwd.toAbsolutePath().normalize();
        return UserText.escape((p.startsWith(base) ? base.relativize(p) : p).toString().replace('\\', '/'));
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    boolean verbose() {
        return verbose;
    }

    /** Whether only problems are printed ({@code --quiet}): no list of files, summary or progress. */
    boolean quiet() {
        return quiet;
    }

    void quiet(boolean quiet) {
        this.quiet = quiet;
    }

    /** Whether problems are printed as GitHub workflow commands (annotations) instead of lines. */
    boolean annotations() {
        return annotations;
    }

    void annotations(boolean annotations) {
        this.annotations = annotations;
    }

    void verbose(boolean verbose) {
        this.verbose = verbose;
    }
}
