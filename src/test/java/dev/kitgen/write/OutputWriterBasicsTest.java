package dev.kitgen.write;

import dev.kitgen.TestFiles;
import dev.kitgen.diagnostics.UsageException;
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
 * What a successful write leaves, and refusals that come before anything is written. (A run that
 * fails midway is covered by the hardening work's OutputWriterTest.)
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

    private List<Path> write(Output... outputs) throws IOException {
        return new OutputWriter(out).write(List.of(outputs));
    }

    @Test
    void writesEveryDocumentAndReturnsTheirPathsInOrder() throws IOException {
        List<Path> written = write(Output.text("ml-engineer/en/guide.md", "new guide"),
                Output.text("ml-engineer/es/guide.md", "guía"));

        assertThat(written).containsExactly(out.resolve("ml-engineer/en/guide.md"), out.resolve("ml-engineer/es/guide.md"));
        assertThat(TestFiles.listing(out)).containsExactly(
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

        new OutputWriter(fresh).write(List.of(Output.text("r/en/guide.md", "x")));

        assertThat(fresh.resolve("r/en/guide.md")).usingCharset(java.nio.charset.StandardCharsets.UTF_8).hasContent("x");
    }

    @Test
    void aPathThatLeavesTheOutFolderIsRefusedBeforeAnythingIsWritten() {
        Map<String, String> before = TestFiles.listing(out);

        for (String evil : List.of("../evil.md", "ml-engineer/../../evil.md", "/etc/evil.md")) {
            assertThatThrownBy(() -> write(Output.text("ml-engineer/en/guide.md", "new"), Output.text(evil, "x")))
                    .as(evil).isInstanceOf(IllegalArgumentException.class);
        }

        assertThat(TestFiles.listing(out)).isEqualTo(before);
        assertThat(tmp.resolve("evil.md")).doesNotExist();
    }

    @Test
    void anOutFolderThatIsAFileIsAUsageError() throws IOException {
        Path file = tmp.resolve("out.txt");
        Files.writeString(file, "x");

        assertThatThrownBy(() -> new OutputWriter(file).write(List.of(Output.text("r/en/guide.md", "x"))))
                .isInstanceOf(UsageException.class).hasMessageContaining("is a file, not a folder");
        assertThat(file).usingCharset(java.nio.charset.StandardCharsets.UTF_8).hasContent("x");
    }

}
