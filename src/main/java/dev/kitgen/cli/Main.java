package dev.kitgen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The only place that exits the JVM: everything below returns an exit code. */
public final class Main {
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Cli.execute(Path.of("").toAbsolutePath(), System.getenv(), watched(System.getenv()), out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Whether a person watches stderr, where progress goes. {@code System.console()} answers for
     * stdin and stdout, so {@code render --all 2>log} on a terminal would write progress into the
     * log. The launcher asks the shell ({@code [ -t 2 ]}); run as {@code java -jar}, kitgen looks
     * where stderr leads on systems that say so in {@code /proc}, and shows no progress elsewhere.
     */
    static boolean watched(Map<String, String> env) {
        if ("dumb".equals(env.get("TERM"))) return false;
        String said = System.getProperty("kitgen.stderr.terminal");
        if (said != null) return Boolean.parseBoolean(said);
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private Main() {}
}
