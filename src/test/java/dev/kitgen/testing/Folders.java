package dev.kitgen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Folders in tests: copied in, looked at (a snapshot of what they hold) and removed. */
public final class Folders {

    /** Copies the folder {@code from} with everything below it to {@code to}. */
    public static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code dir} holds now, every folder and file below it; nothing if there is no such folder. */
    public static Snapshot snapshot(Path dir) {
        SortedSet<String> folders = new TreeSet<>();
        SortedMap<String, byte[]> files = new TreeMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.toList()) {
                    String name = dir.relativize(p).toString().replace('\\', '/');
                    if (name.isEmpty()) continue;
                    if (Files.isDirectory(p)) {
                        folders.add(name + "/");
                    } else if (Files.isRegularFile(p)) {
                        files.put(name, Files.readAllBytes(p));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Snapshot(folders, files);
    }

    /**
     * Whether a file below {@code dir} has a name ending in {@code suffix}, such as the ".tmp"
     * files of a run under way: false where there is no such folder, or while it changes under
     * the look (then look again).
     */
    public static boolean holdsFileEndingIn(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.anyMatch(p -> p.getFileName().toString().endsWith(suffix));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Removes {@code dir} with everything below it, if it is there. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a folder held when it was looked at, by path relative to it with '/' between names:
     * its folders (each ending in '/') and its files with their bytes.
     */
    public static final class Snapshot {

        private final SortedSet<String> folders;
        private final SortedMap<String, byte[]> files;

        private Snapshot(SortedSet<String> folders, SortedMap<String, byte[]> files) {
            this.folders = Collections.unmodifiableSortedSet(folders);
            this.files = Collections.unmodifiableSortedMap(files);
        }

        /** Every folder below the one looked at, each ending in '/'. */
        public SortedSet<String> folders() {
            return folders;
        }

        /** Every file with its bytes. */
        public SortedMap<String, byte[]> files() {
            return files;
        }

        /** Every file with its bytes read as UTF-8 text. */
        public SortedMap<String, String> texts() {
            SortedMap<String, String> texts = new TreeMap<>();
            files.forEach((name, bytes) -> texts.put(name, new String(bytes, StandardCharsets.UTF_8)));
            return texts;
        }

        /**
         * Every folder (with no text) and file (with its text): what a test compares to see that
         * nothing changed, down to the folders.
         */
        public SortedMap<String, String> listing() {
            SortedMap<String, String> listing = texts();
            folders.forEach(folder -> listing.put(folder, ""));
            return listing;
        }

        /** The bytes of every file, added up. */
        public long bytes() {
            return files.values().stream().mapToLong(bytes -> bytes.length).sum();
        }

        /** Fails the test if a temporary or backup file stayed behind, as none may; returns this snapshot. */
        public Snapshot assertNoTemporaryFile() {
            assertThat(files.keySet()).as("no temporary file stays behind")
                    .noneMatch(name -> name.endsWith(".tmp") || name.endsWith(".bak"));
            return this;
        }

        @Override
        public String toString() {
            return listing().keySet().toString();
        }
    }

    private Folders() {}
}
