package dev.kitgen.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The built-in files in kitgen's jar ({@code kitgen/templates/…}, {@code kitgen/kits/…}), read
 * through the jar file itself. The JDK's zip file system would serve them as {@link Path}s, but it
 * reads and indexes all of the jar's entries (some 6,000, nearly all of them classes) on every
 * start. A {@link JarFile} shares the index the class loader has already read, so a file is
 * found by its name at once; only a folder's listing goes through the entries, once per run,
 * keeping the names below {@code kitgen/}.
 */
final class JarFiles {

    private static final String TOP = "kitgen/";

    private static JarFiles running;

    private final JarFile jar;
    /** The names of the files below {@code kitgen/} ({@code templates/guide.md.mustache}), read on the first listing. */
    private java.util.NavigableSet<String> listed;

    JarFiles(Path jarFile) throws IOException {
        this.jar = new JarFile(jarFile.toFile(), false);
    }

    /** The built-in files of the jar kitgen runs from, or empty when it runs from folders of classes (tests, an IDE). */
    static synchronized Optional<JarFiles> running() {
        if (running == null) {
            var source = Folder.class.getProtectionDomain().getCodeSource();
            try {
                Path location = source == null ? null : Path.of(source.getLocation().toURI());
                if (location == null || !java.nio.file.Files.isRegularFile(location)) return Optional.empty();
                running = new JarFiles(location);
            } catch (IOException e) {
                throw new UncheckedIOException(new IOException("cannot open kitgen's jar for its built-in files", e));
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(running);
    }

    /** Whether {@code name} is a file. */
    boolean isFile(String name) {
        JarEntry entry = jar.getJarEntry(TOP + name);
        return entry != null && !entry.isDirectory();
    }

    /** Whether {@code name} is a folder: some file lies below it. */
    boolean isFolder(String name) {
        String below = name + "/";
        String next = listed().ceiling(below);
        return next != null && next.startsWith(below);
    }

    /** The names of the files and folders directly in the folder {@code name}, sorted. */
    List<String> names(String name) {
        String below = name + "/";
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (String file : listed().tailSet(below, true)) {
            if (!file.startsWith(below)) break;
            String rest = file.substring(below.length());
            int slash = rest.indexOf('/');
            names.add(slash < 0 ? rest : rest.substring(0, slash));
        }
        return List.copyOf(names);
    }

    private synchronized java.util.NavigableSet<String> listed() {
        if (listed == null) {
            java.util.NavigableSet<String> names = new java.util.TreeSet<>();
            jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(TOP))
                    .forEach(e -> names.add(e.getName().substring(TOP.length())));
            listed = names;
        }
        return listed;
    }

    /** The file {@code name}, which {@link #isFile} says is there. */
    FolderFile file(String name) {
        JarEntry entry = jar.getJarEntry(TOP + name);
        return new FolderFile() {
            @Override
            public long size() {
                return entry.getSize();
            }

            @Override
            public InputStream open() throws IOException {
                return jar.getInputStream(entry);
            }

            @Override
            public String toString() {
                return jar.getName() + "!/" + entry.getName();
            }
        };
    }
}
