package dev.kitgen.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a program as a separate process, as users and CI run kitgen's jar, its launchers and the
 * action's script. Its output goes to temporary files outside the folder it runs in, so that a
 * test can check that folder's contents.
 */
public final class Processes {

    /** What a process printed and its exit code. */
    public record Result(int code, String out, String err) {

        /** Exit code and both outputs, for the message of a failed assertion. */
        public String describe() {
            return "exit code " + code + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    /** The java of the JVM running the tests, which is also the one that built the jar. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs {@code command} in {@code dir} with the tests' environment. */
    public static Result run(Path dir, List<String> command) {
        return run(dir, env -> {}, command);
    }

    /**
     * Runs {@code command} in {@code dir}; {@code env} edits the environment the process gets,
     * which starts as that of the tests. Waits as long as the process runs.
     */
    public static Result run(Path dir, Consumer<Map<String, String>> env, List<String> command) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("kitgen-process", ".out");
            err = Files.createTempFile("kitgen-process", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(new File("/dev/null"));
            env.accept(builder.environment());
            int code = builder.start().waitFor();
            return new Result(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + command, e);
        } finally {
            delete(out);
            delete(err);
        }
    }

    private static void delete(Path file) {
        try {
            if (file != null) Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Processes() {}
}
