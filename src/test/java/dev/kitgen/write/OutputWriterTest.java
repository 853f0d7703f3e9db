package dev.kitgen.write;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Folders;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.KitFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Writes that fail midway: the out folder must be left as it was (every earlier document with
 * its previous bytes, no half-written file) and no temporary file may stay behind.
 */
class OutputWriterTest {

    @TempDir
    Path out;

    @Test
    void aMoveFailingMidwayPutsBackWhatTheEarlierMovesReplaced() throws IOException {
        List<OutputFile> first = List.of(OutputFile.text("r/en/a.md", "old a"), OutputFile.text("r/en/b.md", "old b"),
                OutputFile.text("r/en/c.md", "old c"));
        new OutputWriter(out).write(first);
        AtomicInteger moves = new AtomicInteger();
        OutputWriter failsOnThirdMove = new OutputWriter(out, (from, to) -> {
            if (moves.incrementAndGet() == 3) throw new IOException("disk full (injected)");
            Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        });

        assertThatThrownBy(() -> failsOnThirdMove.write(List.of(OutputFile.text("r/en/a.md", "new a"),
                OutputFile.text("r/en/b.md", "new b"), OutputFile.text("r/en/c.md", "new c"), OutputFile.text("r/en/d.md", "new d"))))
                .isInstanceOf(IOException.class).hasMessageContaining("injected");

        assertThat(Folders.snapshot(out).assertNoTemporaryFile().texts()).containsExactly(
                Map.entry("r/en/a.md", "old a"), Map.entry("r/en/b.md", "old b"), Map.entry("r/en/c.md", "old c"));
    }

    @Test
    void aMoveFailingMidwayRemovesTheNewFilesThatHadNoPredecessor() throws IOException {
        AtomicInteger moves = new AtomicInteger();
        OutputWriter failsOnSecondMove = new OutputWriter(out, (from, to) -> {
            if (moves.incrementAndGet() == 2) throw new IllegalStateException("crash (injected)");
            Files.move(from, to);
        });

        assertThatThrownBy(() -> failsOnSecondMove.write(List.of(OutputFile.text("r/en/a.md", "a"), OutputFile.text("r/en/b.md", "b"))))
                .hasMessageContaining("injected");

        assertThat(Folders.snapshot(out).assertNoTemporaryFile().texts()).isEmpty();
    }

    @Test
    void aSuccessfulWriteLeavesOnlyTheDocuments() throws IOException {
        new OutputWriter(out).write(List.of(OutputFile.text("r/en/a.md", "1")));
        new OutputWriter(out).write(List.of(OutputFile.text("r/en/a.md", "2"), OutputFile.text("r/es/a.md", "3")));

        assertThat(Folders.snapshot(out).assertNoTemporaryFile().texts()).containsExactly(Map.entry("r/en/a.md", "2"), Map.entry("r/es/a.md", "3"));
    }

    /** Temporary files made by Files.createTempFile are owner-only; moved into place, so were the documents. */
    @Test
    void documentsGetTheFolderDefaultPermissionsNotThoseOfATemporaryFile() throws IOException {
        assumeTrue(out.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Path probe = Files.createFile(out.resolve("probe"));

        new OutputWriter(out).write(List.of(OutputFile.text("r/en/a.md", "a")));

        assertThat(Files.getPosixFilePermissions(out.resolve("r/en/a.md"))).isEqualTo(Files.getPosixFilePermissions(probe));
    }

    @Test
    void aPathThatLeavesTheOutFolderIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> new OutputWriter(out).write(List.of(OutputFile.text("r/en/a.md", "a"),
                OutputFile.text("../escaped.md", "b")))).isInstanceOf(IllegalArgumentException.class);

        assertThat(out.getParent().resolve("escaped.md")).doesNotExist();
        assertThat(Folders.snapshot(out).assertNoTemporaryFile().texts()).isEmpty();
    }

    @Test
    void aTargetThatIsAFolderFailsTheRunAndKeepsThePreviousOutputs(@TempDir Path cwd) throws IOException {
        KitFixtures.copyShipped(cwd);
        assertThat(Kitgen.run(cwd, "render", "ml-engineer")).succeeded();
        Map<String, String> before = Folders.snapshot(cwd.resolve("out")).assertNoTemporaryFile().texts();
        Path blocked = cwd.resolve("out/ml-engineer/es/scorecard-system-design.md");
        Files.delete(blocked);
        Files.createDirectory(blocked);
        before.remove("ml-engineer/es/scorecard-system-design.md");
        // A changed kit, so that a partial write would show.
        KitFixtures.write(cwd, "ml-engineer", "kit.yaml", KitFixtures.shippedKit().replace("Machine Learning Engineer", "Changed Engineer"));

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("scorecard-system-design.md is a folder; cannot write a document there", "the out folder is as it was");
        assertThat(Folders.snapshot(cwd.resolve("out")).assertNoTemporaryFile().texts()).isEqualTo(before);
    }

    @Test
    void aFolderThatCannotBeCreatedMidwayKeepsThePreviousOutputs(@TempDir Path cwd) throws IOException {
        KitFixtures.copyShipped(cwd);
        assertThat(Kitgen.run(cwd, "render", "ml-engineer", "--lang", "en")).succeeded();
        Files.writeString(cwd.resolve("out/ml-engineer/es"), "a file where the es folder goes");
        Map<String, String> before = Folders.snapshot(cwd.resolve("out")).assertNoTemporaryFile().texts();
        KitFixtures.write(cwd, "ml-engineer", "kit.yaml", KitFixtures.shippedKit().replace("Machine Learning Engineer", "Changed Engineer"));

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "en,es");

        assertThat(result).failedValidation().hasNoStackTrace().errContains("cannot write the documents");
        assertThat(Folders.snapshot(cwd.resolve("out")).assertNoTemporaryFile().texts()).isEqualTo(before);
    }
}
