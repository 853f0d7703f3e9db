package dev.kitgen.files;

import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.Location;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder kitgen reads from: a user's {@code kits}/{@code templates} folder, or the built-in
 * copy packed into kitgen. {@code display} is how paths in it are shown to the user.
 * Nothing outside the folder is ever resolved through it.
 *
 * <p>The built-in copy is a folder of the jar, read through {@link JarFiles} (without the
 * JDK's zip file system, see there), or a folder on disk where kitgen runs from its classes.
 */
public final class Folder {

    /** The folder on disk; none for a folder in the jar. */
    private final Path root;
    private final String display;
    private final boolean builtIn;
    /** The jar's files, for a folder in the jar; its name there is {@link #inJar}. */
    private final JarFiles jar;
    private final String inJar;

    private Folder(Path root, String display, boolean builtIn, JarFiles jar, String inJar) {
        this.root = root;
        this.display = display;
        this.builtIn = builtIn;
        this.jar = jar;
        this.inJar = inJar;
    }

    /** The copy of {@code kits} or {@code templates} packed into kitgen itself. */
    public static Folder builtIn(String name) {
        Optional<JarFiles> jar = JarFiles.running();
        if (jar.isPresent()) return inJar(jar.get(), name);
        URL url = Folder.class.getResource("/kitgen/" + name);
        if (url == null) {
            throw new IllegalStateException("kitgen is packaged without its built-in " + name);
        }
        try {
            return new Folder(Path.of(url.toURI()), name, true, null, null);
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException("cannot open the built-in " + name, e));
        }
    }

    /** The built-in folder {@code name} of {@code jar}. */
    static Folder inJar(JarFiles jar, String name) {
        if (!jar.isFolder(name)) throw new IllegalStateException("kitgen is packaged without its built-in " + name);
        return new Folder(null, name, true, jar, name);
    }

    /** A folder on disk, shown relative to {@code cwd} when it lies below it. */
    public static Folder onDisk(Path dir, Path cwd) {
        Path abs = dir.toAbsolutePath().normalize();
        Path base = cwd.toAbsolutePath().normalize();
        String display = abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs).toString() : abs.toString();
        return new Folder(abs, display.replace('\\', '/'), false, null, null);
    }

    /** Where the folder is on disk. A built-in folder in the jar has no such place. */
    public Path root() {
        if (jar != null) throw new IllegalStateException(describe() + " is in kitgen's jar, not on disk");
        return root;
    }

    /** How paths in the folder are shown to the user, such as {@code kits}. */
    public String display() {
        return display;
    }

    /** Whether this is kitgen's own copy rather than a user's folder. */
    public boolean builtIn() {
        return builtIn;
    }

    /** Whether the folder is on disk, where git and a file watcher can see it. */
    public boolean onDisk() {
        return jar == null;
    }

    /**
     * Resolves a relative path of plain names inside the folder on disk. Empty if the path is
     * absolute, climbs out with {@code ..}, or leads out through a symbolic link.
     */
    public Optional<Path> resolve(String relative) {
        if (!isPlainRelative(relative)) return Optional.empty();
        Path p = root().resolve(relative);
        if (!builtIn && Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            try {
                if (!p.toRealPath().startsWith(root.toRealPath())) return Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(p);
    }

    /**
     * The regular file at {@code relative}, or empty when there is none. A file that is there but
     * leads out of the folder (through a symbolic link, of the file or of a folder above it) is
     * an error rather than absent, so that it is neither read nor silently replaced by a default.
     */
    public Optional<FolderFile> file(String relative) {
        if (jar != null) {
            return isPlainRelative(relative) && jar.isFile(inJar + "/" + relative)
                    ? Optional.of(jar.file(inJar + "/" + relative)) : Optional.empty();
        }
        Optional<Path> inside = resolve(relative);
        if (inside.isEmpty() && !builtIn && isPlainRelative(relative)
                && Files.exists(root.resolve(relative), LinkOption.NOFOLLOW_LINKS)) {
            throw new KitgenException(Location.ofFile(show(relative)), "not read: the file leads outside "
                    + display + " through a symbolic link; copy it into the folder instead");
        }
        return inside.filter(Files::isRegularFile).map(FolderFile::onDisk);
    }

    /**
     * The names of the files and folders directly in this folder, sorted; none when the folder
     * does not exist.
     */
    public List<String> names() {
        if (jar != null) return jar.names(inJar);
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> entries = Files.list(root)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder at {@code relative} inside this one, shown below this one's name. */
    public Folder in(String relative) {
        if (jar != null) {
            if (!isPlainRelative(relative)) throw notInside(relative);
            return new Folder(null, show(relative), true, jar, inJar + "/" + relative);
        }
        Path dir = resolve(relative).orElseThrow(() -> notInside(relative));
        return new Folder(dir, show(relative), builtIn, null, null);
    }

    private IllegalArgumentException notInside(String relative) {
        return new IllegalArgumentException("not a folder inside " + display + ": " + relative);
    }

    /** Whether a file or folder is written at {@code relative}, whether or not it leads outside. */
    public boolean has(String relative) {
        if (!isPlainRelative(relative)) return false;
        if (jar != null) return jar.isFile(inJar + "/" + relative) || jar.isFolder(inJar + "/" + relative);
        return Files.exists(root.resolve(relative), LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean isPlainRelative(String relative) {
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\")) return false;
        for (String part : relative.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) return false;
        }
        return true;
    }

    /** Where the folder is, as a message says where kitgen looked: {@code ./kits}, an absolute path, or the built-in copy. */
    public String describe() {
        if (builtIn) return "kitgen's built-in " + display;
        return Path.of(display).isAbsolute() ? display : "./" + display;
    }

    /** How a file in this folder is named in messages, such as {@code kits/ml-engineer/kit.yaml}. */
    public String show(String relative) {
        return display + "/" + relative;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Folder other && java.util.Objects.equals(root, other.root) && display.equals(other.display)
                && builtIn == other.builtIn && jar == other.jar && java.util.Objects.equals(inJar, other.inJar);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(root, display, builtIn, inJar);
    }

    @Override
    public String toString() {
        return describe();
    }
}
