package dev.kitgen.write;

import dev.kitgen.testing.Folders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a write leaves in the out folder: exactly the documents beside files kitgen does not own,
 * and after a failure, the folder as it was, down to the folders a failed run had created.
 */
class OutputWriterBasicsTest {

    @TempDir
    Path tmp;

    Path out;

    @BeforeEach
    void previousRun() throws IOException {
        out = tmp.resolve("out");
        Files.createDirectories(out.resolve("ml-engineer/en"));
        Files.writeString(out.resolve("ml-engineer/en/guide.md"), "old guide");
        Files.writeString(out.resolve("ml-engineer/en/notes.txt"), "not kitgen's");
    }

    private List<Path> write(OutputFile... outputs) throws IOException {
        return new OutputWriter(out).write(List.of(outputs));
    }

    @Test
    void writesEveryDocumentAndReturnsTheirPathsInOrder() throws IOException {
        List<Path> written = write(OutputFile.text("ml-engineer/en/guide.md", "new guide"),
                OutputFile.text("ml-engineer/es/guide.md", "guía"));

        assertThat(written).containsExactly(out.resolve("ml-engineer/en/guide.md"), out.resolve("ml-engineer/es/guide.md"));
        assertThat(Folders.snapshot(out).listing()).containsExactly(
                Map.entry("ml-engineer/", ""),
                Map.entry("ml-engineer/en/", ""),
                Map.entry("ml-engineer/en/guide.md", "new guide"),
                Map.entry("ml-engineer/en/notes.txt", "not kitgen's"),
                Map.entry("ml-engineer/es/", ""),
                Map.entry("ml-engineer/es/guide.md", "guía"));
    }

    @Test
    void createsTheOutFolderWhenItDoesNotExist() throws IOException {
        Path fresh = tmp.resolve("a/b/out");

        new OutputWriter(fresh).write(List.of(OutputFile.text("r/en/guide.md", "x")));

        assertThat(fresh.resolve("r/en/guide.md")).usingCharset(java.nio.charset.StandardCharsets.UTF_8).hasContent("x");
    }

    @Test
    void aPathThatLeavesTheOutFolderIsRefusedBeforeAnythingIsWritten() {
        Map<String, String> before = Folders.snapshot(out).listing();

        for (String evil : List.of("../evil.md", "ml-engineer/../../evil.md", "/etc/evil.md")) {
            assertThatThrownBy(() -> write(OutputFile.text("ml-engineer/en/guide.md", "new"), OutputFile.text(evil, "x")))
                    .as(evil).isInstanceOf(IllegalArgumentException.class);
        }

        assertThat(Folders.snapshot(out).listing()).isEqualTo(before);
        assertThat(tmp.resolve("evil.md")).doesNotExist();
    }

    @Test
    void anOutFolderThatIsAFileIsReportedAsNotAFolder() throws IOException {
        Path file = tmp.resolve("out.txt");
        Files.writeString(file, "x");

        assertThatThrownBy(() -> new OutputWriter(file).write(List.of(OutputFile.text("r/en/guide.md", "x"))))
                .isInstanceOf(java.nio.file.NotDirectoryException.class).hasMessageContaining(file.toString());
        assertThat(file).usingCharset(java.nio.charset.StandardCharsets.UTF_8).hasContent("x");
    }

    @Test
    void aRunThatFailsRemovesTheFoldersItCreated() throws IOException {
        Files.writeString(out.resolve("blocked"), "a file where a folder would go");
        Map<String, String> before = Folders.snapshot(out).listing();

        assertThatThrownBy(() -> write(OutputFile.text("ml-engineer/en/guide.md", "new guide"),
                OutputFile.text("other/en/guide.md", "new"),
                OutputFile.text("blocked/en/guide.md", "never")))
                .isInstanceOf(IOException.class);

        assertThat(Folders.snapshot(out).listing()).isEqualTo(before);
    }

    @Test
    void aLinkInsideTheOutFolderCannotCarryAWriteElsewhere() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(out.resolve("linked"), elsewhere);

        assertThatThrownBy(() -> write(OutputFile.text("linked/en/guide.md", "x"))).isInstanceOf(IOException.class);

        assertThat(Folders.snapshot(elsewhere).listing()).isEmpty();
    }

    @Test
    void aRunThatFailsIntoAnOutFolderThatDidNotExistLeavesNoFolder() {
        Path fresh = tmp.resolve("new/out");
        OutputWriter failing = new OutputWriter(fresh, (from, to) -> {
            throw new IOException("disk full");
        });

        assertThatThrownBy(() -> failing.write(List.of(OutputFile.text("r/en/guide.md", "x"))))
                .isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(tmp.resolve("new")).doesNotExist();
    }
}
