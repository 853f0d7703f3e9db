package dev.kitgen.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a run's documents all or nothing: every file first goes to a temporary file beside its
 * target; only when all of them are written are they moved into place, each atomically. If a
 * move fails, the files already moved get their previous content back. A run that fails leaves
 * the out folder as it was, a reader never sees half a file, and no temporary file stays behind.
 * A run stopped by a signal (Ctrl-C, SIGTERM) leaves its documents all new or all as they were:
 * see {@link PendingFiles}. Below the out folder nothing is followed through a symbolic link, so
 * no write lands outside it.
 */
public final class OutputWriter {

    /** Moves a finished temporary file onto its target; replaced in tests to inject a failure. */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    /** The points of a write where a signal may arrive, in the order a write passes them. */
    enum Point {
        /** A temporary file is written (once per document). */
        STAGED,
        /** A backup of a document it replaces is made (once per such document). */
        BACKED_UP,
        /** A document is moved into place, the lock of the moves held (once per document). */
        MOVED,
        /** Every document is in place, the lock let go; backups and folders not yet settled. */
        COMMITTED
    }

    /** Told each point a write reaches; tests stand a shutdown in there. */
    interface Probe {
        void reached(Point point);
    }

    /** Temporary and backup files of every run in this JVM, removed by its shutdown hook. */
    private static final PendingFiles JVM_PENDING = PendingFiles.withShutdownHook();

    /**
     * Opens a file made by {@link PendingFiles#createFile} without creating it again: if the
     * shutdown hook has deleted it meanwhile, writing fails instead of leaving a new file behind.
     */
    private static OutputStream openPending(Path p) throws IOException {
        return Files.newOutputStream(p, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private final Path out;
    private final Mover mover;
    private final PendingFiles pending;
    private final Probe probe;

    public OutputWriter(Path out) {
        this(out, OutputWriter::atomicMove);
    }

    OutputWriter(Path out, Mover mover) {
        this(out, mover, JVM_PENDING, point -> { });
    }

    OutputWriter(Path out, Mover mover, PendingFiles pending, Probe probe) {
        this.out = out.toAbsolutePath().normalize();
        this.mover = mover;
        this.pending = pending;
        this.probe = probe;
    }

    /** Writes the documents and returns their paths, in the order given. */
    public List<Path> write(List<OutputFile> outputs) throws IOException {
        Map<Path, OutputFile> targets = new LinkedHashMap<>();
        for (OutputFile o : outputs) {
            Path target = target(o.path());
            if (targets.putIfAbsent(target, o) != null) {
                throw new IllegalStateException("two documents would be written to " + target);
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new NotDirectoryException(out.toString());
        }
        List<Staged> staged = new ArrayList<>();
        List<Path> created = new ArrayList<>();
        boolean written = false;
        try {
            stage(targets, staged, created);
            backUp(staged);
            pending.commit(() -> commit(staged));
            written = true;
            probe.reached(Point.COMMITTED);
            return staged.stream().map(s -> s.target).toList();
        } finally {
            for (Staged s : staged) {
                pending.forget(s.tmp);
                if (s.backup != null) pending.forget(s.backup);
            }
            pending.settle(created, written);
        }
    }

    /** Writes each document to a temporary file beside its target, creating the folders it needs. */
    private void stage(Map<Path, OutputFile> targets, List<Staged> staged, List<Path> created) throws IOException {
        for (Map.Entry<Path, OutputFile> e : targets.entrySet()) {
            Path target = e.getKey();
            directories(target.getParent(), created);
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(target + " is a folder; cannot write a document there");
            }
            Staged s = new Staged(target, pending.createFile(target, ".tmp"));
            staged.add(s);
            try (OutputStream stream = openPending(s.tmp)) {
                stream.write(e.getValue().bytes());
            }
            probe.reached(Point.STAGED);
        }
    }

    /** A document written to {@code tmp}, bound for {@code target}; {@code backup} holds what the target held. */
    private static final class Staged {
        final Path target;
        final Path tmp;
        Path backup;
        boolean moved;

        Staged(Path target, Path tmp) {
            this.target = target;
            this.tmp = tmp;
        }
    }

    /** Copies each document that a new one will replace, so that a failed move can put it back. */
    private void backUp(List<Staged> staged) throws IOException {
        for (Staged s : staged) {
            if (Files.isRegularFile(s.target, LinkOption.NOFOLLOW_LINKS)) {
                s.backup = pending.createFile(s.target, ".bak");
                try (OutputStream stream = openPending(s.backup)) {
                    Files.copy(s.target, stream);
                }
                probe.reached(Point.BACKED_UP);
            }
        }
    }

    /**
     * Moves every file into place; if one move fails, puts back what the earlier ones replaced.
     * Runs holding the lock of {@link PendingFiles}, which the shutdown hook waits for.
     */
    private void commit(List<Staged> staged) throws IOException {
        try {
            for (Staged s : staged) {
                mover.move(s.tmp, s.target);
                s.moved = true;
                probe.reached(Point.MOVED);
            }
        } catch (IOException | RuntimeException failure) {
            for (Staged s : staged) {
                if (!s.moved) continue;
                try {
                    if (s.backup != null) atomicMove(s.backup, s.target);
                    else Files.deleteIfExists(s.target);
                } catch (IOException undo) {
                    failure.addSuppressed(undo);
                }
            }
            throw failure;
        }
    }

    private Path target(String relative) {
        Path target = out.resolve(relative).normalize();
        if (!target.startsWith(out) || target.equals(out)) {
            throw new IllegalArgumentException("output path escapes the out folder: " + relative);
        }
        return target;
    }

    /**
     * Creates {@code dir} below the out folder one level at a time, refusing any symbolic link
     * on the way: {@code Files.createDirectories} would follow one and create folders wherever it
     * leads before a check could look.
     */
    private void directories(Path dir, List<Path> created) throws IOException {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> missing = new ArrayList<>();
            for (Path p = out; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
                missing.add(0, p);
            }
            for (Path p : missing) {
                if (pending.createFolder(p)) created.add(p);
            }
        }
        Path current = out;
        for (Path name : out.relativize(dir)) {
            current = current.resolve(name);
            if (Files.isSymbolicLink(current)) {
                throw new IOException(current + " is a symbolic link; kitgen writes only inside the out folder "
                        + out + ", so remove the link");
            }
            // False when another run created it in the meantime; checked below like any other.
            if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS) && pending.createFolder(current)) {
                created.add(current);
            }
            if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(current + " is a file; cannot create a folder there");
            }
        }
    }

    private static void atomicMove(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
