package dev.kitgen.write;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a run's documents all or nothing: every file first goes to a temporary file beside its
 * target; only when all of them are written are they moved into place, each atomically. If a
 * move fails, the files already moved get their previous content back. A run that fails leaves
 * the out folder as it was, a reader never sees half a file, and no temporary file stays behind.
 * Below the out folder nothing is followed through a symbolic link, so no write lands outside it.
 */
public final class OutputWriter {

    /** Moves a finished temporary file onto its target; replaced in tests to inject a failure. */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    /**
     * Temporary and backup files of every run in this JVM that are not yet moved or deleted. On
     * Ctrl-C or a CI job's SIGTERM the shutdown hook deletes them; once it has run, no new one is
     * created, so an interrupted run leaves none behind. (SIGKILL runs no hook; nothing can help.)
     */
    private static final Set<Path> PENDING = new HashSet<>();
    private static boolean closing;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(OutputWriter::deletePending, "kitgen-cleanup"));
    }

    private static void deletePending() {
        synchronized (PENDING) {
            closing = true;
            for (Path p : PENDING) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Shutting down: nothing left to report to.
                }
            }
            PENDING.clear();
        }
    }

    /** Creates an empty file beside {@code target}, named after it, and remembers it until {@link #forget}. */
    private static Path createPending(Path target, String suffix) throws IOException {
        synchronized (PENDING) {
            if (closing || Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("interrupted; nothing was moved into place");
            }
            // Not Files.createTempFile: its files are owner-only (0600), and moved into place they
            // made documents that a web server or a colleague could not read. createFile applies the umask.
            // The name need not be unguessable, only unused: createFile fails on any file already
            // there (a link included), and then another name is tried. (A SecureRandom here cost a
            // short run 5% of its time to seed.)
            while (true) {
                Path p = target.resolveSibling("." + target.getFileName() + "."
                        + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + suffix);
                try {
                    Files.createFile(p);
                } catch (FileAlreadyExistsException taken) {
                    continue;
                }
                PENDING.add(p);
                return p;
            }
        }
    }

    /**
     * Opens a file made by {@link #createPending} without creating it again: if the shutdown
     * hook has deleted it meanwhile, writing fails instead of leaving a new temporary file behind.
     */
    private static OutputStream openPending(Path p) throws IOException {
        return Files.newOutputStream(p, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static void forget(Path p) throws IOException {
        synchronized (PENDING) {
            Files.deleteIfExists(p);
            PENDING.remove(p);
        }
    }

    private final Path out;
    private final Mover mover;

    public OutputWriter(Path out) {
        this(out, OutputWriter::atomicMove);
    }

    OutputWriter(Path out, Mover mover) {
        this.out = out.toAbsolutePath().normalize();
        this.mover = mover;
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
            for (Map.Entry<Path, OutputFile> e : targets.entrySet()) {
                Path target = e.getKey();
                directories(target.getParent(), created);
                if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException(target + " is a folder; cannot write a document there");
                }
                Staged s = new Staged(target, createPending(target, ".tmp"));
                staged.add(s);
                try (OutputStream stream = openPending(s.tmp)) {
                    stream.write(e.getValue().bytes());
                }
            }
            commit(staged);
            written = true;
            return staged.stream().map(s -> s.target).toList();
        } finally {
            for (Staged s : staged) {
                forget(s.tmp);
                if (s.backup != null) forget(s.backup);
            }
            if (!written) removeEmpty(created);
        }
    }

    /** Removes the folders a failed run created, deepest first, unless something else has put a file in one. */
    private static void removeEmpty(List<Path> created) {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException notEmpty) {
                // Another run writes there too; its folder stays.
            }
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

    /** Moves every file into place; if one move fails, puts back what the earlier ones replaced. */
    private void commit(List<Staged> staged) throws IOException {
        for (Staged s : staged) {
            if (Files.isRegularFile(s.target, LinkOption.NOFOLLOW_LINKS)) {
                s.backup = createPending(s.target, ".bak");
                try (OutputStream stream = openPending(s.backup)) {
                    Files.copy(s.target, stream);
                }
            }
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("interrupted; nothing was moved into place");
        }
        try {
            for (Staged s : staged) {
                mover.move(s.tmp, s.target);
                s.moved = true;
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
            Files.createDirectories(out);
            created.addAll(missing);
        }
        Path current = out;
        for (Path name : out.relativize(dir)) {
            current = current.resolve(name);
            if (Files.isSymbolicLink(current)) {
                throw new IOException(current + " is a symbolic link; kitgen writes only inside the out folder "
                        + out + ", so remove the link");
            }
            if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.createDirectory(current);
                    created.add(current);
                } catch (FileAlreadyExistsException raced) {
                    // Another run created it in the meantime; checked below like any other.
                }
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
