package dev.kitgen.localize;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Folders;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** es-MX through the whole pipeline: kit text and UI strings fall back es-MX → es → en. */
class RegionalFallbackTest {

    @TempDir
    Path cwd;

    static final Map<String, byte[]> SPANISH = Folders.snapshot(
            Project.testResource("golden/ml-engineer-es/expected/ml-engineer/es")).files();

    private Map<String, byte[]> renderMexicanSpanish(String... extra) {
        String[] args = new String[4 + extra.length];
        System.arraycopy(new String[]{"render", "ml-engineer", "--lang", "es-MX"}, 0, args, 0, 4);
        System.arraycopy(extra, 0, args, 4, extra.length);
        CommandResult result = Kitgen.run(cwd, args);
        assertThat(result).succeeded().errIsEmpty().wrote("out/ml-engineer/es-MX/guide.md");
        return Folders.snapshot(cwd.resolve("out/ml-engineer/es-MX")).files();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void withoutRegionalFilesEsMxRendersAsSpanishTaggedEsMx() {
        Map<String, byte[]> mexican = renderMexicanSpanish();

        assertThat(mexican.keySet()).containsExactlyElementsOf(SPANISH.keySet());
        mexican.forEach((file, bytes) -> {
            String expected = text(SPANISH.get(file));
            if (file.endsWith(".html")) expected = expected.replace("<html lang=\"es\"", "<html lang=\"es-MX\"");
            assertThat(text(bytes)).as(file).isEqualTo(expected);
        });
    }

    @Test
    void regionalFilesOverrideTheirKeysAndTheRestFallsBack() throws IOException {
        Folders.copy(Project.path("kits"), cwd.resolve("kits"));
        Files.writeString(cwd.resolve("kits/ml-engineer/es-MX.yaml"),
                "kit: 1\nlang: es-MX\nrole: Ingeniero/a de Machine Learning\n");
        Path messages = Files.createDirectories(cwd.resolve("templates/messages"));
        Files.writeString(messages.resolve("es-MX.yaml"), "lang: es-MX\nlabels:\n  lookFor: Qué checar\n");

        String guide = text(renderMexicanSpanish().get("guide.md"));

        assertThat(guide).startsWith("# Guía para entrevistar: Ingeniero/a de Machine Learning\n")
                .contains("## Qué checar", "## El proceso de contratación", "45 minutos",
                        "- **Bases sólidas de ingeniería de software** (peso ×2)")
                .doesNotContain("## Qué buscar", "What to look for");
    }
}
