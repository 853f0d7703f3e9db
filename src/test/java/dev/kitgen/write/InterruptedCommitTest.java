package dev.kitgen.write;

import dev.kitgen.testing.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A signal (Ctrl-C, SIGTERM) at every point of a write, in-process: at the n-th point the write
 * reaches, the shutdown hook of a {@link PendingFiles} of the test's own starts on a thread of its
 * own, as the JVM starts it, and the write goes on. Whatever the point, the out folder ends with
 * all the previous documents or all the new ones, down to its folders, and nothing else. Once the
 * hook has run, a write's own clean-up finds nothing left to do, so what the test sees is what the
 * hook leaves, as in a JVM that halts when its hooks are done.
 */
class InterruptedCommitTest {

    /** What the previous run wrote. */
    private static final List<OutputFile> PREVIOUS = List.of(OutputFile.text("r/en/a.md", "old a"),
            OutputFile.text("r/en/b.md", "old b"), OutputFile.text("r/en/c.md", "old c"));

    /** The next run: replaces two documents, adds one beside them and two in folders that do not exist yet. */
    private static final List<OutputFile> NEXT = List.of(OutputFile.text("r/en/a.md", "new a"),
            OutputFile.text("r/en/b.md", "new b"), OutputFile.text("r/en/d.md", "new d"),
            OutputFile.text("r/es/a.md", "nueva a"), OutputFile.text("s/en/a.md", "new s"));

    private static final OutputWriter.Mover RENAME = (from, to) ->
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

    @TempDir
    Path tmp;

    @Test
    void aWritePassesEveryPointInOrder() throws IOException {
        assertThat(points(true)).containsExactly("STAGED 1", "STAGED 2", "STAGED 3", "STAGED 4", "STAGED 5",
                "BACKED_UP 1", "BACKED_UP 2", "MOVED 1", "MOVED 2", "MOVED 3", "MOVED 4", "MOVED 5", "COMMITTED 1");
    }

    @Test
    void aSignalAtAnyPointLeavesThePreviousDocumentsOrAllTheNewOnes() throws Exception {
        Map<String, String> before = writeInto(tmp.resolve("before"), PREVIOUS);
        writeInto(tmp.resolve("after"), PREVIOUS);
        Map<String, String> after = writeInto(tmp.resolve("after"), NEXT);

        for (String point : points(true)) {
            Path out = tmp.resolve(point.replace(' ', '-'));
            writeInto(out, PREVIOUS);

            assertSignalled(point, out, before, after);
        }
    }

    @Test
    void aSignalAtAnyPointOfAFirstRunLeavesNoFolderOrAllTheDocuments() throws Exception {
        Map<String, String> after = writeInto(tmp.resolve("after"), NEXT);

        for (String point : points(false)) {
            Path parent = tmp.resolve(point.replace(' ', '-'));
            Path out = parent.resolve("site/out");

            assertSignalled(point, out, Map.of(), after);
            if (!point.startsWith("MOVED") && !point.startsWith("COMMITTED")) {
                assertThat(parent).as(point + ": the folders the run created are gone").doesNotExist();
            }
        }
    }

    /**
     * A move fails while the hook waits for the moves: the hook waits on while the documents
     * already moved get their previous content back, and only then removes the backups.
     */
    @Test
    void aSignalWhileAFailedCommitIsUndoneWaitsForTheOldDocumentsToBeBack() throws Exception {
        Map<String, String> before = writeInto(tmp.resolve("before"), PREVIOUS);
        Path out = tmp.resolve("out");
        writeInto(out, PREVIOUS);
        PendingFiles pending = new PendingFiles();
        Signal signal = new Signal(pending, "MOVED 2");
        AtomicInteger moves = new AtomicInteger();
        OutputWriter failsOnThirdMove = new OutputWriter(out, (from, to) -> {
            if (moves.incrementAndGet() == 3) throw new IOException("disk full (injected)");
            RENAME.move(from, to);
        }, pending, signal);

        Throwable thrown = catchThrowable(() -> failsOnThirdMove.write(NEXT));
        signal.awaitHook();

        assertThat(Folders.snapshot(out).assertNoTemporaryFile().listing()).isEqualTo(before);
        assertThat(thrown).isInstanceOf(IOException.class).hasMessageContaining("injected");
        assertThat(signal.hookWaitedForTheMoves).isTrue();
    }

    @Test
    void afterTheSignalNoWriteCreatesAFileOrAFolder() throws Exception {
        Path out = tmp.resolve("out");
        Map<String, String> before = writeInto(out, PREVIOUS);
        PendingFiles pending = new PendingFiles();
        pending.shutDown();

        Throwable thrown = catchThrowable(() -> new OutputWriter(out, RENAME, pending, point -> { }).write(NEXT));

        assertThat(thrown).isInstanceOf(InterruptedIOException.class).hasMessage("interrupted; nothing was moved into place");
        assertThat(Folders.snapshot(out).listing()).isEqualTo(before);
    }

    /**
     * Writes NEXT into {@code out} with a signal at {@code point}, then checks what is left: the
     * previous documents if the signal came before the first move, else all the new ones.
     */
    private void assertSignalled(String point, Path out, Map<String, String> before, Map<String, String> after)
            throws InterruptedException {
        PendingFiles pending = new PendingFiles();
        Signal signal = new Signal(pending, point);

        Throwable thrown = catchThrowable(() -> new OutputWriter(out, RENAME, pending, signal).write(NEXT));
        signal.awaitHook();

        boolean moving = point.startsWith("MOVED");
        if (moving || point.startsWith("COMMITTED")) {
            assertThat(Folders.snapshot(out).assertNoTemporaryFile().listing()).as(point + ": all new").isEqualTo(after);
            assertThat(thrown).as(point).isNull();
        } else {
            assertThat(Folders.snapshot(out).assertNoTemporaryFile().listing()).as(point + ": as it was").isEqualTo(before);
            assertThat(thrown).as(point).isInstanceOf(InterruptedIOException.class)
                    .hasMessage("interrupted; nothing was moved into place");
        }
        assertThat(signal.hookWaitedForTheMoves).as(point + ": the hook waits for the moves").isEqualTo(moving);
    }

    /** The points a write of NEXT passes, each with its count ("MOVED 2"), over PREVIOUS or into a new folder. */
    private List<String> points(boolean overPrevious) throws IOException {
        Path out = tmp.resolve("points");
        Folders.delete(out);
        if (overPrevious) writeInto(out, PREVIOUS);
        List<String> points = new ArrayList<>();
        new OutputWriter(out, RENAME, new PendingFiles(), point -> points.add(point + " "
                + (points.stream().filter(p -> p.startsWith(point + " ")).count() + 1))).write(NEXT);
        return points;
    }

    private static Map<String, String> writeInto(Path out, List<OutputFile> outputs) throws IOException {
        new OutputWriter(out).write(outputs);
        return Folders.snapshot(out).listing();
    }

    /**
     * Stands a signal in at one point of a write ("MOVED 2"): starts the shutdown hook on a thread
     * of its own, then lets the write go on once the hook has run or waits for the lock of the
     * moves. Counted, not timed: the hook's thread is seen to end or to queue for the lock.
     */
    private static final class Signal implements OutputWriter.Probe {
        private final PendingFiles pending;
        private final String at;
        private final List<String> reached = new ArrayList<>();
        private Thread hook;
        boolean hookWaitedForTheMoves;

        Signal(PendingFiles pending, String at) {
            this.pending = pending;
            this.at = at;
        }

        @Override
        public void reached(OutputWriter.Point point) {
            reached.add(point.name());
            String here = point + " " + reached.stream().filter(point.name()::equals).count();
            if (!here.equals(at)) return;
            hook = new Thread(pending::shutDown, "shutdown hook at " + here);
            hook.start();
            while (hook.isAlive() && !pending.isWaiting(hook)) {
                Thread.onSpinWait();
            }
            hookWaitedForTheMoves = pending.isWaiting(hook);
        }

        void awaitHook() throws InterruptedException {
            assertThat(hook).as("the signal came at " + at).isNotNull();
            hook.join();
        }
    }
}
