package dev.kitgen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/** What a command needs from its surroundings, passed in so that tests run the CLI in-process. */
final class Context {
    private final Path cwd;
    private final PrintWriter out;
    private final PrintWriter err;
    private boolean verbose;

    Context(Path cwd, PrintWriter out, PrintWriter err) {
        this.cwd = cwd;
        this.out = out;
        this.err = err;
    }

    Path cwd() {
        return cwd;
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

    void verbose(boolean verbose) {
        this.verbose = verbose;
    }
}
