package dev.kitgen.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Starts kitgen as a process of its own, from the tests' class path: for what only a whole JVM
 * meets, such as a signal and the shutdown hooks it runs. Wait for the process by counting what
 * it does (files that appear, its end), never by the clock.
 */
public final class KitgenProcess {

    /** The command line that runs kitgen with these arguments. */
    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.kitgen.cli.Main"));
        command.addAll(List.of(args));
        return command;
    }

    /** Starts kitgen in {@code cwd}; its stdout is dropped and its stderr written to {@code stderr}. */
    public static Process start(Path cwd, Path stderr, String... args) throws IOException {
        return new ProcessBuilder(command(args)).directory(cwd.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile())
                .start();
    }

    /**
     * Waits until {@code seen} holds or the process ends by itself, whichever comes first, by
     * looking again and again rather than by the clock; if it still runs then, sends it SIGTERM,
     * as Ctrl-C or a cancelled CI job would. Returns whether it was stopped so, once it has ended.
     */
    public static boolean terminateWhen(Process process, BooleanSupplier seen) throws InterruptedException {
        while (process.isAlive() && !seen.getAsBoolean()) {
            Thread.onSpinWait();
        }
        boolean stopped = process.isAlive();
        if (stopped) process.destroy();
        process.waitFor();
        return stopped;
    }

    private KitgenProcess() {}
}
