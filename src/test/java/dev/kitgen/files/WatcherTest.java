package dev.kitgen.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WatcherTest {

    /** Bursts of changes a test waits through for the one it expects: a few at most, whatever the machine's speed. */
    private static final int MAX_BURSTS = 10;

    @TempDir
    Path kits;

    @Test
    void reportsAChangedKitFileOnce() throws Exception {
        Files.createDirectories(kits.resolve("ml-engineer"));
        Path kit = Files.writeString(kits.resolve("ml-engineer/kit.yaml"), "id: ml-engineer\n");
        try (Watcher watcher = new Watcher(List.of(kits))) {
            Files.writeString(kit, "id: ml-engineer\ntitle: ML\n");

            assertThat(watcher.awaitChange()).containsExactly(kit);
        }
    }

    @Test
    void reportsAnAtomicSaveOnceAsTheFileItReplaced() throws Exception {
        Path role = Files.createDirectories(kits.resolve("ml-engineer"));
        Path kit = Files.writeString(role.resolve("kit.yaml"), "id: ml-engineer\n");
        Path translation = Files.writeString(role.resolve("es.yaml"), "lang: es\n");
        try (Watcher watcher = new Watcher(List.of(kits))) {
            // As sed -i, IntelliJ and Emacs save: a new file beside it, renamed over it.
            Path temporary = Files.writeString(role.resolve(".kit.yaml.tmp"), "id: ml-engineer\ntitle: ML\n");
            Files.move(temporary, kit, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

            assertThat(watcher.awaitChange()).containsExactly(kit);

            // The next report is the next save alone: nothing of the first one was left over.
            Files.writeString(translation, "lang: es\ntitle: ML\n");
            assertThat(watcher.awaitChange()).containsExactly(translation);
        }
    }

    @Test
    void watchesAFolderMadeAfterItStartedAndTheFilesAlreadyInIt() throws Exception {
        try (Watcher watcher = new Watcher(List.of(kits))) {
            // A role copied in whole: the folder and its files arrive together.
            Path role = Files.createDirectories(kits.resolve("data-engineer/notes"));
            Path kit = Files.writeString(kits.resolve("data-engineer/kit.yaml"), "id: data-engineer\n");

            assertThat(awaitFile(watcher, kit)).isTrue();

            // Later edits inside the new folders are seen as well.
            Path translation = Files.writeString(role.resolve("es.yaml"), "lang: es\n");
            assertThat(awaitFile(watcher, translation)).isTrue();
        }
    }

    @Test
    void watchesAKitsFolderThatIsALinkAndTheFoldersInIt(@TempDir Path elsewhere) throws Exception {
        Files.createDirectories(elsewhere.resolve("ml-engineer"));
        Path link = Files.createSymbolicLink(kits.resolve("linked"), elsewhere);
        try (Watcher watcher = new Watcher(List.of(link))) {
            Files.writeString(link.resolve("ml-engineer/kit.yaml"), "id: ml-engineer\n");

            assertThat(awaitFile(watcher, link.resolve("ml-engineer/kit.yaml"))).isTrue();
        }
    }

    @Test
    void ignoresEditorsSwapFilesAndOtherFiles() {
        assertThat(Watcher.relevant(Path.of("kit.yaml"))).isTrue();
        assertThat(Watcher.relevant(Path.of("guide.md.mustache"))).isTrue();
        assertThat(Watcher.relevant(Path.of(".kit.yaml.swp"))).isFalse();
        assertThat(Watcher.relevant(Path.of("notes.txt"))).isFalse();
    }

    /**
     * Waits for changes until {@code file} is among them, through at most {@link #MAX_BURSTS}
     * reports: some file systems report a burst in parts.
     */
    private static boolean awaitFile(Watcher watcher, Path file) throws InterruptedException {
        for (int burst = 0; burst < MAX_BURSTS; burst++) {
            if (watcher.awaitChange().contains(file)) return true;
        }
        return false;
    }
}
