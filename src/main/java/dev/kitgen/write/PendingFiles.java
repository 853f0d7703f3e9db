package dev.kitgen.write;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The temporary files, backups and folders that writes have made and not yet moved into place,
 * kept or removed; and the lock under which documents are moved into place.
 *
 * <p>On Ctrl-C or a CI job's SIGTERM the JVM runs its shutdown hooks while the threads of a write
 * go on. {@link #shutDown}, the hook, first takes the lock that the moves hold, so a write caught
 * moving its documents into place finishes (its moves are renames, done in milliseconds) or, if a
 * move failed, puts back what the earlier ones replaced; only then are the pending files and
 * folders removed. From then on no write creates a file or folder or starts moving. So a signal
 * leaves the documents of each write all new or all as they were, and no temporary or backup file
 * behind. (A rename that hangs, on a stuck network share, holds the signal up as long; SIGKILL runs
 * no hook, and nothing can help then.)
 */
final class PendingFiles {

    /** A step that runs while holding the lock. */
    interface Step {
        void run() throws IOException;
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Set<Path> files = new LinkedHashSet<>();
    private final List<Path> folders = new ArrayList<>();
    private boolean closed;

    /** Pending files whose owner is the JVM: its shutdown hook cleans them up. */
    static PendingFiles withShutdownHook() {
        PendingFiles pending = new PendingFiles();
        Runtime.getRuntime().addShutdownHook(new Thread(pending::shutDown, "kitgen-cleanup"));
        return pending;
    }

    /**
     * Creates an empty file beside {@code target}, named after it, pending until {@link #forget}.
     * Not Files.createTempFile: its files are owner-only (0600), and moved into place they made
     * documents that a web server or a colleague could not read; createFile applies the umask.
     * The name need not be unguessable, only unused: createFile fails on any file already there
     * (a link included), and then another name is tried. (A SecureRandom here cost a short run 5%
     * of its time to seed.)
     */
    Path createFile(Path target, String suffix) throws IOException {
        lock.lock();
        try {
            refuseOnceClosed();
            while (true) {
                Path p = target.resolveSibling("." + target.getFileName() + "."
                        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + suffix);
                try {
                    Files.createFile(p);
                } catch (FileAlreadyExistsException taken) {
                    continue;
                }
                files.add(p);
                return p;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Creates the folder {@code dir}, whose parent exists, pending until {@link #settle}; returns
     * false if something is there already (made meanwhile by another run, perhaps).
     */
    boolean createFolder(Path dir) throws IOException {
        lock.lock();
        try {
            refuseOnceClosed();
            try {
                Files.createDirectory(dir);
            } catch (FileAlreadyExistsException there) {
                return false;
            }
            folders.add(dir);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Runs the moves of a write while holding the lock, unless the shutdown hook has run. */
    void commit(Step moves) throws IOException {
        lock.lock();
        try {
            refuseOnceClosed();
            moves.run();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Deletes a pending file (if a move took it away, nothing is there) and forgets it. A file
     * no longer pending is left alone: after the shutdown hook has run, it removed them all.
     */
    void forget(Path file) throws IOException {
        lock.lock();
        try {
            if (!files.contains(file)) return;
            Files.deleteIfExists(file);
            files.remove(file);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Settles the folders a write created: kept when its documents were moved into place;
     * otherwise removed, deepest first, unless another run has put a file in one.
     */
    void settle(List<Path> created, boolean keep) {
        lock.lock();
        try {
            for (int i = created.size() - 1; i >= 0; i--) {
                Path dir = created.get(i);
                if (folders.remove(dir) && !keep) deleteQuietly(dir);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * The shutdown hook: waits for moves under way, then deletes every pending file and the
     * folders made for them, deepest first; from then on nothing is created or moved.
     */
    void shutDown() {
        lock.lock();
        try {
            closed = true;
            files.forEach(PendingFiles::deleteQuietly);
            for (int i = folders.size() - 1; i >= 0; i--) deleteQuietly(folders.get(i));
            files.clear();
            folders.clear();
        } finally {
            lock.unlock();
        }
    }

    /** Whether {@code thread} waits for the lock, as the shutdown hook does while moves are under way. */
    boolean isWaiting(Thread thread) {
        return lock.hasQueuedThread(thread);
    }

    private void refuseOnceClosed() throws InterruptedIOException {
        if (closed || Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("interrupted; nothing was moved into place");
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A folder another run has put a file in stays; shutting down, nothing is left to report to.
        }
    }
}
