package dev.kitgen.write;

import dev.kitgen.diagnostics.UsageException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a run's documents all or nothing: every file first goes to a temporary file beside its
 * target; only when all of them are written are they moved into place, each atomically. A run
 * that fails leaves the out folder as it was, and a reader never sees half a file.
 */
public final class OutputWriter {

    private final Path out;

    public OutputWriter(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    /** Writes the documents and returns their paths, in the order given. */
    public List<Path> write(List<Output> outputs) throws IOException {
        Map<Path, Output> targets = new LinkedHashMap<>();
        for (Output o : outputs) {
            Path target = target(o.path());
            if (targets.putIfAbsent(target, o) != null) {
                throw new IllegalStateException("two documents would be written to " + target);
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " is a file, not a folder; name a folder to write into");
        }
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, Output> e : targets.entrySet()) {
                Path target = e.getKey();
                Files.createDirectories(target.getParent());
                checkInside(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
                staged.put(tmp, target);
                try (OutputStream stream = Files.newOutputStream(tmp)) {
                    stream.write(e.getValue().bytes());
                }
            }
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                move(e.getKey(), e.getValue());
                written.add(e.getValue());
            }
            staged.clear();
            return written;
        } finally {
            for (Path tmp : staged.keySet()) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private Path target(String relative) {
        Path target = out.resolve(relative).normalize();
        if (!target.startsWith(out) || target.equals(out)) {
            throw new IllegalArgumentException("output path escapes the out folder: " + relative);
        }
        return target;
    }

    /** A symbolic link inside the out folder must not carry a write elsewhere. */
    private void checkInside(Path dir) throws IOException {
        Path real = dir.toRealPath();
        Path realOut = out.toRealPath();
        if (!real.startsWith(realOut)) {
            throw new IOException(dir + " leads outside the out folder " + out + " (a symbolic link?)");
        }
    }

    private static void move(Path from, Path to) throws IOException {
        if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(to + " is a folder; cannot write a document there");
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

}
