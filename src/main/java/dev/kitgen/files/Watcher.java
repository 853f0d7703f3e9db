package dev.kitgen.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Waits for kit, translation and template files to change under some folders (and the
 * folders below them). Editors save in bursts (a temporary file, a rename, a write), so a
 * change is reported once the folders have been quiet for a moment.
 *
 * <p>How long that moment must be was measured on Linux (inotify) with {@code src/bench/saves.sh}:
 * within one save, the events of vim, of an atomic save (a temporary file renamed over the
 * file, as sed -i, IntelliJ and Emacs do) and of a truncate-and-write (VS Code) came at most
 * 18 ms apart on a busy 2-core machine; two saves by a person are hundreds of milliseconds
 * apart. A save split by a longer stall renders twice: the first time perhaps from a half-written
 * file, which the second render puts right.
 */
public final class Watcher implements AutoCloseable {

    /** How long the folders must stay quiet before a burst of changes counts as one. */
    static final long QUIET_MILLIS = 40;

    private final WatchService service;
    private final List<Path> roots;
    private final Map<WatchKey, Path> dirs = new ConcurrentHashMap<>();

    public Watcher(List<Path> roots) {
        this.roots = roots.stream().filter(Files::isDirectory).toList();
        try {
            service = FileSystems.getDefault().newWatchService();
            for (Path root : this.roots) watch(root, new TreeSet<>());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Watches {@code top} and every folder below it, each before looking inside it, so that a file
     * written meanwhile is either seen by the look or reported by the watch; adds the kit files
     * found to {@code found}. {@code top} may be a link (a kits folder kept elsewhere); links
     * below it are not followed, as kitgen reads nothing through them.
     */
    private void watch(Path top, Set<Path> found) throws IOException {
        Files.walkFileTree(top, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(top) && Files.isSymbolicLink(dir)) return FileVisitResult.SKIP_SUBTREE;
                dirs.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (relevant(file.getFileName())) found.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // removed meanwhile, or a link that loops
            }
        });
    }

    /** Whether any folder is watched at all (the built-in kits and templates are not). */
    public boolean watchesAnything() {
        return !dirs.isEmpty();
    }

    /**
     * Blocks until a kit, translation or template file changes, then returns the changed files,
     * sorted. Throws {@link InterruptedException} when the thread is interrupted (Ctrl-C).
     */
    public List<Path> awaitChange() throws InterruptedException {
        Set<Path> changed = new TreeSet<>();
        try {
            while (changed.isEmpty()) {
                collect(service.take(), changed);
            }
            WatchKey more;
            while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                collect(more, changed);
            }
        } catch (ClosedWatchServiceException e) {
            throw new InterruptedException("the watcher was closed");
        }
        return new ArrayList<>(changed);
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                // Too many changes at once for the system to list: look at everything again.
                for (Path root : roots) {
                    try {
                        watch(root, changed);
                    } catch (IOException | UncheckedIOException gone) {
                        // The folder went away; the render that follows reports it.
                    }
                }
                continue;
            }
            if (dir == null || !(event.context() instanceof Path name)) continue;
            Path path = dir.resolve(name);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                // A folder made while watching (a new role, copied in whole): watched from now
                // on, and the files it already holds count as changed.
                try {
                    watch(path, changed);
                } catch (IOException | UncheckedIOException gone) {
                    // Removed again before it could be looked at: nothing to render from it.
                }
            } else if (relevant(name)) {
                changed.add(path);
            }
        }
        if (!key.reset()) dirs.remove(key);
    }

    /** Kit and translation files, templates and catalogs; not editors' swap and backup files. */
    static boolean relevant(Path name) {
        String n = name.toString();
        return !n.startsWith(".") && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".mustache"));
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
