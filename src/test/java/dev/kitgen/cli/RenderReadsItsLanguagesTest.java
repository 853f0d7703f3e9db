package dev.kitgen.cli;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Kitgen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static dev.kitgen.testing.KitFixtures.TINY;
import static dev.kitgen.testing.KitFixtures.TINY_ES;
import static dev.kitgen.testing.KitFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A render in some languages reads the translation files those languages take their texts from,
 * and no other: a translator's half-done file of another language neither stops it nor costs
 * it time. A render of every language, and validate, still read and check them all.
 */
class RenderReadsItsLanguagesTest {

    /** Not YAML at all: reading it is an error at its line. */
    private static final String BROKEN = "kit: 1\nlang: de\nrole: [Ingenieur\n";

    @TempDir
    Path cwd;

    private void tinyWithBrokenGerman() {
        write(cwd, "tiny", "kit.yaml", TINY);
        write(cwd, "tiny", "es.yaml", TINY_ES);
        write(cwd, "tiny", "de.yaml", BROKEN);
    }

    @Test
    void anotherLanguagesBrokenFileIsNotReadWhenTheRenderNamesItsLanguages() throws Exception {
        tinyWithBrokenGerman();

        assertThat(Kitgen.run(cwd, "render", "tiny", "--lang", "es", "--doc", "guide", "--format", "md"))
                .succeeded().wrote("out/tiny/es/guide.md");
        assertThat(Kitgen.run(cwd, "render", "tiny", "--doc", "guide", "--format", "md"))
                .failedValidation().hasNoStackTrace().errContains("kits/tiny/de.yaml:4:1: error: YAML syntax");
        assertThat(Kitgen.run(cwd, "validate", "tiny")).failedValidation().errContains("kits/tiny/de.yaml:4:1: error: YAML syntax");
    }

    @Test
    void aRegionalLanguageReadsItsParentsFile() throws Exception {
        tinyWithBrokenGerman();

        assertThat(Kitgen.run(cwd, "render", "tiny", "--lang", "es-MX", "--doc", "guide", "--format", "md"))
                .succeeded().wrote("out/tiny/es-MX/guide.md");
        String spanish = Files.readString(cwd.resolve("kits/tiny/es.yaml"));
        String role = spanish.lines().filter(l -> l.startsWith("role: ")).findFirst().orElseThrow().substring(6);
        assertThat(Files.readString(cwd.resolve("out/tiny/es-MX/guide.md"))).contains(role);
    }

    @Test
    void aDocumentIsTheSameWhetherItsLanguageOrEveryLanguageWasAskedFor() throws Exception {
        // Outside git, a document states a digest of the kit's files: of all of them, read or not.
        write(cwd, "tiny", "kit.yaml", TINY);
        write(cwd, "tiny", "es.yaml", TINY_ES);
        write(cwd, "tiny", "it.yaml", "kit: 1\nlang: it\nrole: Ingegnere minuscolo\n");

        assertThat(Kitgen.run(cwd, "render", "tiny", "--lang", "es", "--doc", "guide", "--format", "md", "--out", "one"))
                .succeeded();
        assertThat(Kitgen.run(cwd, "render", "tiny", "--doc", "guide", "--format", "md", "--out", "all")).succeeded();

        String one = Files.readString(cwd.resolve("one/tiny/es/guide.md"));
        assertThat(one).contains("sha256:").isEqualTo(Files.readString(cwd.resolve("all/tiny/es/guide.md")));
        write(cwd, "tiny", "it.yaml", "kit: 1\nlang: it\nrole: Ingegnere piccolo\n");
        assertThat(Kitgen.run(cwd, "render", "tiny", "--lang", "es", "--doc", "guide", "--format", "md", "--out", "two"))
                .succeeded();
        assertThat(Files.readString(cwd.resolve("two/tiny/es/guide.md"))).isNotEqualTo(one);
    }
}
