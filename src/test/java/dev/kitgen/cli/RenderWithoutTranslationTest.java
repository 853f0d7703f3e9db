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
 * A kit renders in a language it has no translation for when kitgen has a UI catalog for that
 * language (or a parent of it): headings in the language, every kit text in its fallback.
 */
class RenderWithoutTranslationTest {

    @TempDir
    Path cwd;

    @Test
    void aLanguageWithACatalogRendersTheKitsTextsUnderItsHeadingsWithAWarning() throws Exception {
        write(cwd, "tiny", "kit.yaml", TINY);

        CommandResult result = Kitgen.run(cwd, "render", "tiny", "--lang", "it", "--doc", "guide", "--format", "md");

        assertThat(result).succeeded().wrote("out/tiny/it/guide.md").errContains(
                "kits/tiny/kit.yaml: warning: no 'it' translation: all 10 texts fall back to en; "
                        + "'kitgen i18n skeleton tiny --lang it' starts kits/tiny/it.yaml");
        String guide = Files.readString(cwd.resolve("out/tiny/it/guide.md"));
        assertThat(guide).contains("# Guida al colloquio: Tiny Engineer", "## Cosa cercare", "Writes code", "30 minuti", "1 ora");
        assertThat(guide).doesNotContain("What to look for", "minutes");
    }

    @Test
    void aRegionalLanguageRendersThroughItsParentsCatalog() throws Exception {
        write(cwd, "tiny", "kit.yaml", TINY);

        assertThat(Kitgen.run(cwd, "render", "tiny", "--lang", "pt-BR", "--doc", "guide", "--format", "md"))
                .succeeded().wrote("out/tiny/pt-BR/guide.md");
        assertThat(Files.readString(cwd.resolve("out/tiny/pt-BR/guide.md"))).contains("## O que buscar", "30 minutos");
    }

    @Test
    void strictMakesTheFallbackAnErrorAndWritesNothing() {
        write(cwd, "tiny", "kit.yaml", TINY);

        CommandResult result = Kitgen.run(cwd, "render", "tiny", "--lang", "it", "--strict");

        assertThat(result).failedValidation().hasNoStackTrace().errContains(
                "kits/tiny/kit.yaml: error: no 'it' translation: all 10 texts fall back to en");
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    @Test
    void strictStopsALanguageWithoutACatalogButNotTheOthers() {
        write(cwd, "tiny", "kit.yaml", TINY);
        write(cwd, "tiny", "th.yaml", "kit: 1\nlang: th\nrole: วิศวกร\n");

        CommandResult result = Kitgen.run(cwd, "render", "tiny", "--lang", "th,en", "--strict", "--format", "md",
                "--doc", "guide");

        assertThat(result).failedValidation().wrote("out/tiny/en/guide.md")
                .errContains("templates/messages/th.yaml: error: no UI catalog for 'th'");
        assertThat(cwd.resolve("out/tiny/th")).doesNotExist();
    }

    @Test
    void aLanguageWithNeitherTranslationNorCatalogIsAUsageErrorSayingWhatToAdd() {
        write(cwd, "tiny", "kit.yaml", TINY);
        write(cwd, "tiny", "es.yaml", TINY_ES);

        CommandResult result = Kitgen.run(cwd, "render", "tiny", "--lang", "th");

        assertThat(result).failedUsage().errLinesAre("kitgen: error: kit 'tiny' has no 'th' translation, and kitgen "
                + "has no UI catalog for 'th'; the kit has en, es. Add kits/tiny/th.yaml to translate it ('kitgen "
                + "i18n skeleton tiny --lang th' starts one), or templates/messages/th.yaml for headings in 'th' "
                + "over the kit's own texts ('kitgen i18n skeleton --catalog th' starts one)");
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    @Test
    void aUsersCatalogIsEnoughToRenderItsLanguage() throws Exception {
        write(cwd, "tiny", "kit.yaml", TINY);
        Files.createDirectories(cwd.resolve("templates/messages"));
        Files.writeString(cwd.resolve("templates/messages/th.yaml"), "lang: th\nlabels:\n  lookFor: สิ่งที่มองหา\n");

        CommandResult result = Kitgen.run(cwd, "render", "tiny", "--lang", "th", "--doc", "guide", "--format", "md");

        assertThat(result).succeeded().wrote("out/tiny/th/guide.md");
        assertThat(Files.readString(cwd.resolve("out/tiny/th/guide.md"))).contains("## สิ่งที่มองหา", "30 minutes", "1 hour");
    }
}
