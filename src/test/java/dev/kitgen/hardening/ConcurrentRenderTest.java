package dev.kitgen.hardening;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Folders;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.KitgenProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs that share an out folder: two renders of different kits at once, a reader looking on,
 * and renders interrupted at random moments. Every file is always one run's whole document, and
 * no temporary file stays behind.
 */
class ConcurrentRenderTest {

    private static final int ROUNDS = 10;

    @TempDir
    Path cwd;

    /** The bytes each kit renders to, by path below the out folder. */
    Map<String, byte[]> fromA;
    Map<String, byte[]> fromB;

    @BeforeEach
    void twoKitsOfTheSameRole() {
        KitFixtures.copyShipped(cwd.resolve("a"));
        // B's documents are much longer, so a torn file would differ from both in length.
        KitFixtures.write(cwd.resolve("b"), "ml-engineer", "kit.yaml", KitFixtures.shippedKit()
                .replace("role: Machine Learning Engineer", "role: " + "Engineer of very long names ".repeat(400)));
        KitFixtures.write(cwd.resolve("b"), "ml-engineer", "es.yaml", KitFixtures.shippedTranslation());
        assertThat(Kitgen.run(cwd, "render", "ml-engineer", "--kits", "a/kits", "--out", "expect-a")).succeeded();
        assertThat(Kitgen.run(cwd, "render", "ml-engineer", "--kits", "b/kits", "--out", "expect-b")).succeeded();
        fromA = Folders.snapshot(cwd.resolve("expect-a")).assertNoTemporaryFile().files();
        fromB = Folders.snapshot(cwd.resolve("expect-b")).assertNoTemporaryFile().files();
        assertThat(fromA.keySet()).isEqualTo(fromB.keySet());
    }

    @Test
    void twoRendersIntoOneOutFolderAtOnceLeaveEveryFileWhole() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<String> torn = new ConcurrentLinkedQueue<>();
        try {
            Future<?> reader = pool.submit(() -> {
                while (!done.get()) {
                    for (String name : fromA.keySet()) {
                        byte[] seen = readIfThere(cwd.resolve("out").resolve(name));
                        if (seen != null && !matchesEither(name, seen)) torn.add(name + " (" + seen.length + " bytes)");
                    }
                }
            });
            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch start = new CountDownLatch(1);
                Future<CommandResult> runA = pool.submit(() -> {
                    start.await();
                    return Kitgen.run(cwd, "render", "ml-engineer", "--kits", "a/kits");
                });
                Future<CommandResult> runB = pool.submit(() -> {
                    start.await();
                    return Kitgen.run(cwd, "render", "ml-engineer", "--kits", "b/kits");
                });
                start.countDown();
                assertThat(runA.get()).succeeded().hasNoStackTrace();
                assertThat(runB.get()).succeeded().hasNoStackTrace();
                Map<String, byte[]> now = Folders.snapshot(cwd.resolve("out")).assertNoTemporaryFile().files();
                assertThat(now.keySet()).isEqualTo(fromA.keySet());
                now.forEach((name, bytes) -> assertThat(matchesEither(name, bytes)).as(name + " is whole").isTrue());
            }
            done.set(true);
            reader.get();
        } finally {
            done.set(true);
            pool.shutdownNow();
        }
        assertThat(torn).as("files a reader saw half-written").isEmpty();
    }

    @Test
    void aRenderInterruptedAtAnyMomentLeavesNoTemporaryFile() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long delayMicros = round * 3_000L;
            List<CommandResult> results = new ArrayList<>();
            Thread render = new Thread(() -> results.add(Kitgen.run(cwd, "render", "--all", "--kits", "a/kits")));
            render.start();
            TimeUnit.MICROSECONDS.sleep(delayMicros);
            render.interrupt();
            render.join();
            assertThat(results).singleElement().satisfies(r -> {
                assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
                assertThat(r).hasNoStackTrace();
                if (r.exitCode() == 1) assertThat(r.err()).containsAnyOf("interrupted; nothing was moved into place",
                        "kitgen: error: interrupted while rendering; nothing was written");
            });

            Map<String, byte[]> now = Folders.snapshot(cwd.resolve("out")).assertNoTemporaryFile().files();
            now.forEach((name, bytes) -> assertThat(bytes).as(name + " is whole").isEqualTo(fromA.get(name)));
        }
    }

    /**
     * A real kitgen process stopped by SIGTERM (what Ctrl-C and a cancelled CI job send) while
     * its temporary files are on disk: its shutdown hook removes them.
     */
    @Test
    void aProcessStoppedBySigtermWhileWritingLeavesNoTemporaryFile() throws Exception {
        KitFixtures.manySmallDocuments(cwd, 12, "C");
        int caughtWriting = 0;
        for (int round = 0; round < 3; round++) {
            Process p = KitgenProcess.start(cwd, cwd.resolve("sigterm.err"), "render", "--all", "--kits", "kits",
                    "--doc", "scorecard", "--format", "md", "--out", "sigterm-out");
            if (KitgenProcess.terminateWhen(p, () -> Folders.holdsFileEndingIn(cwd.resolve("sigterm-out"), ".tmp"))) {
                caughtWriting++;
            }
            Folders.snapshot(cwd.resolve("sigterm-out")).assertNoTemporaryFile();
        }
        assertThat(caughtWriting).as("runs stopped while writing").isPositive();
    }

    private boolean matchesEither(String name, byte[] bytes) {
        return java.util.Arrays.equals(bytes, fromA.get(name)) || java.util.Arrays.equals(bytes, fromB.get(name));
    }

    private static byte[] readIfThere(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
