package dev.kitgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** File helpers the tests share: where the project's sources are, copying and snapshotting folders. */
public final class TestFiles {

    /**
     * The project folder. Tests read their fixtures from the sources rather than from
     * target/test-classes, so that {@code -Dgolden.update=true} can rewrite them in place.
     */
    public static Path project() {
        Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        if (!Files.isRegularFile(dir.resolve("pom.xml"))) {
            throw new IllegalStateException("run the tests from the project folder; " + dir + " has no pom.xml");
        }
        return dir;
    }

    public static Path testResources(String first, String... more) {
        return project().resolve("src/test/resources").resolve(Path.of(first, more));
    }

    /** Copies the folder {@code from} with everything below it to {@code to}. */
    public static void copyTree(Path from, Path to) {
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

    /** Every file below {@code dir}, by path relative to it (with '/'), with its bytes; empty if there is no folder. */
    public static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) return files;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Every file and folder below {@code dir} (folders end in '/'): what a test compares to see nothing changed. */
    public static Map<String, String> listing(Path dir) {
        Map<String, String> entries = new TreeMap<>();
        if (!Files.exists(dir)) return entries;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                String name = dir.relativize(p).toString().replace('\\', '/');
                if (name.isEmpty()) continue;
                if (Files.isDirectory(p)) {
                    entries.put(name + "/", "");
                } else {
                    entries.put(name, new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestFiles() {}
}
