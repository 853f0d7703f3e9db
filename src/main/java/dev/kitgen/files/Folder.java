package dev.kitgen.files;

import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.Location;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder kitgen reads from: a user's {@code kits}/{@code templates} folder, or the built-in
 * copy packed into the jar. {@code display} is how paths in it are shown to the user.
 * Nothing outside the folder is ever resolved through it.
 */
public record Folder(Path root, String display, boolean builtIn) {

    /** The copy of {@code kits} or {@code templates} packed into kitgen itself. */
    public static Folder builtIn(String name) {
        String resource = "/kitgen/" + name;
        URL url = Folder.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("kitgen is packaged without its built-in " + name);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    try {
                        fs = FileSystems.newFileSystem(uri, Map.of());
                    } catch (java.nio.file.FileSystemAlreadyExistsException raced) {
                        fs = FileSystems.getFileSystem(uri);
                    }
                }
                return new Folder(fs.getPath(resource), name, true);
            }
            return new Folder(Path.of(uri), name, true);
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot open the built-in " + name, e));
        }
    }

    /** A folder on disk, shown relative to {@code cwd} when it lies below it. */
    public static Folder onDisk(Path dir, Path cwd) {
        Path abs = dir.toAbsolutePath().normalize();
        Path base = cwd.toAbsolutePath().normalize();
        String display = abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs).toString() : abs.toString();
        return new Folder(abs, display.replace('\\', '/'), false);
    }

    /**
     * Resolves a relative path of plain names inside the folder. Empty if the path is absolute,
     * climbs out with {@code ..}, or leads out through a symbolic link.
     */
    public Optional<Path> resolve(String relative) {
        if (!isPlainRelative(relative)) return Optional.empty();
        Path p = root.resolve(relative);
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
    public Optional<Path> file(String relative) {
        Optional<Path> inside = resolve(relative);
        if (inside.isEmpty() && !builtIn && isPlainRelative(relative)
                && Files.exists(root.resolve(relative), LinkOption.NOFOLLOW_LINKS)) {
            throw new KitgenException(Location.ofFile(show(relative)), "not read: the file leads outside "
                    + display + " through a symbolic link; copy it into the folder instead");
        }
        return inside.filter(Files::isRegularFile);
    }

    /**
     * The names of the files and folders directly in this folder, sorted; none when the folder
     * does not exist. (In the jar, a folder's name ends in '/', which is not part of the name.)
     */
    public List<String> names() {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> entries = Files.list(root)) {
            return entries.map(p -> p.getFileName().toString().replace("/", "")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder at {@code relative} inside this one, shown below this one's name. */
    public Folder in(String relative) {
        Path dir = resolve(relative).orElseThrow(() -> new IllegalArgumentException("not a folder inside "
                + display + ": " + relative));
        return new Folder(dir, show(relative), builtIn);
    }

    /** Whether a file or folder is written at {@code relative}, whether or not it leads outside. */
    public boolean has(String relative) {
        return isPlainRelative(relative) && Files.exists(root.resolve(relative), LinkOption.NOFOLLOW_LINKS);
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
}
