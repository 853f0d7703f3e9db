package dev.kitgen.load;

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
import java.util.Map;
import java.util.Optional;

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
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\")) return Optional.empty();
        for (String part : relative.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) return Optional.empty();
        }
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

    /** How a file in this folder is named in messages, such as {@code kits/ml-engineer/kit.yaml}. */
    public String show(String relative) {
        return display + "/" + relative;
    }
}
