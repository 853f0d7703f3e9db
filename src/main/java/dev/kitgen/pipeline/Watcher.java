package dev.kitgen.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Waits for kit, translation and template files to change under some folders (and the
 * folders below them). Editors save in bursts (a temporary file, a rename, a write), so a
 * change is reported once the folders have been quiet for a moment.
 */
public final class Watcher implements AutoCloseable {

    /** How long the folders must stay quiet before a burst of changes counts as one. */
    static final long QUIET_MILLIS = 200;

    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new ConcurrentHashMap<>();

    public Watcher(List<Path> roots) {
        try {
            service = FileSystems.getDefault().newWatchService();
            for (Path root : roots) {
                if (Files.isDirectory(root)) watch(root, new TreeSet<>());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Watches {@code root} and every folder below it; adds the files already in them to {@code found}. */
    private void watch(Path root, Set<Path> found) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path p : tree.toList()) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    dirs.put(p.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), p);
                } else if (relevant(p.getFileName())) {
                    found.add(p);
                }
            }
        }
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
