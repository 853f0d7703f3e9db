package dev.kitgen.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The only place that exits the JVM: everything below returns an exit code. */
public final class Main {
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // System.console() is null when stdin or stdout is redirected: then nobody watches progress.
        int code = Cli.execute(Path.of("").toAbsolutePath(), System.getenv(), System.console() != null, out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    private Main() {}
}
