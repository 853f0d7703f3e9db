package dev.kitgen.localize;

import dev.kitgen.diagnostics.Diagnostic;
import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.files.Folder;
import dev.kitgen.model.Language;
import dev.kitgen.usecase.Catalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogTest {

    @TempDir
    Path cwd;

    private final Diagnostics diagnostics = new Diagnostics();

    private List<Folder> userAndBuiltIn(String file, String yaml) throws IOException {
        Path templates = cwd.resolve("templates");
        Files.createDirectories(templates.resolve("messages"));
        Files.writeString(templates.resolve("messages").resolve(file), yaml);
        return List.of(Folder.onDisk(templates, cwd), Folder.builtIn("templates"));
    }

    @Test
    void fallbackChainGoesFromRegionToLanguageToEnglish() {
        assertThat(chain("es-MX")).containsExactly("es-MX", "es", "en");
        assertThat(chain("es")).containsExactly("es", "en");
        assertThat(chain("en-GB")).containsExactly("en-GB", "en");
        assertThat(chain("zh-Hant-TW")).containsExactly("zh-Hant-TW", "zh-Hant", "zh", "en");
    }

    private static List<String> chain(String tag) {
        return Catalog.chain(Language.of(tag)).stream().map(Language::tag).toList();
    }

    @Test
    void aRegionalCatalogOverridesItsLanguageKeyByKeyAndEnglishFillsTheRest() throws IOException {
        List<Folder> folders = userAndBuiltIn("es-MX.yaml", "lang: es-MX\nlabels:\n  lookFor: Qué checar\n");

        Catalog catalog = Catalogs.load(Language.of("es-MX"), folders, diagnostics);

        assertThat(catalog.label("lookFor")).isEqualTo("Qué checar");
        assertThat(catalog.label("process")).isEqualTo("El proceso de contratación");
        // The built-in Spanish catalog has no 'coverage.mark'; English supplies it.
        assertThat(catalog.label("coverage.mark")).isEqualTo("✓");
        assertThat(catalog.format("minutes", Map.of("minutes", 45))).isEqualTo("45 minutos");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void aUsersCatalogOverridesTheBuiltInOneKeyByKey() throws IOException {
        List<Folder> folders = userAndBuiltIn("es.yaml", "lang: es\nlabels:\n  tips: Trucos\nformats:\n"
                + "  minutes: \"{minutes, plural, one {# min} other {# min}}\"\n");

        Catalog catalog = Catalogs.load(Language.of("es"), folders, diagnostics);

        assertThat(catalog.label("tips")).isEqualTo("Trucos");
        assertThat(catalog.label("redFlags")).isEqualTo("Señales de alerta");
        assertThat(catalog.format("minutes", Map.of("minutes", 45))).isEqualTo("45 min");
        assertThat(catalog.format("hours", Map.of("hours", 2))).isEqualTo("2 horas");
    }

    @Test
    void anEmptyMessageIsOneNotTranslatedYetAndFallsBack() throws IOException {
        List<Folder> folders = userAndBuiltIn("es.yaml", "lang: es\nlabels:\n  tips: \"\"\n  notes: Apuntes\nformats:\n"
                + "  hours: \"\"\n");

        Catalog catalog = Catalogs.load(Language.of("es"), folders, diagnostics);

        assertThat(catalog.label("tips")).isEqualTo("Consejos para la entrevista");
        assertThat(catalog.label("notes")).isEqualTo("Apuntes");
        assertThat(catalog.format("hours", Map.of("hours", 2))).isEqualTo("2 horas");
    }

    @Test
    void aLanguageWithoutACatalogFallsBackToEnglishWithAWarning() {
        Catalog catalog = Catalogs.load(Language.of("th"), List.of(Folder.builtIn("templates")), diagnostics);

        assertThat(catalog.label("lookFor")).isEqualTo("What to look for");
        assertThat(catalog.format("minutes", Map.of("minutes", 1))).isEqualTo("1 minute");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::toString).containsExactly(
                "templates/messages/th.yaml: warning: no UI catalog for 'th'; headings and labels fall back to en. "
                        + "Start one with 'kitgen i18n skeleton --catalog th', which writes templates/messages/th.yaml "
                        + "for you to translate");
    }

    @Test
    void aFormatIsFormattedByThePluralRulesOfTheLanguageItIsWrittenIn() throws IOException {
        // Thai has one plural form: its own catalog's formats use it, the English fallback's use English's.
        List<Folder> folders = userAndBuiltIn("th.yaml", "lang: th\nlabels:\n  lookFor: สิ่งที่ควรมองหา\nformats:\n"
                + "  days: \"{days, plural, other {# วัน}}\"\n");

        Catalog catalog = Catalogs.load(Language.of("th"), folders, diagnostics);

        assertThat(catalog.format("hours", Map.of("hours", 1))).isEqualTo("1 hour");
        assertThat(catalog.format("minutes", Map.of("minutes", 1))).isEqualTo("1 minute");
        assertThat(catalog.format("minutes", Map.of("minutes", 2))).isEqualTo("2 minutes");
        assertThat(catalog.format("days", Map.of("days", 1))).isEqualTo("1 วัน");
        assertThat(catalog.formatLang("hours")).isEqualTo(Language.of("en"));
        assertThat(catalog.formatLang("days")).isEqualTo(Language.of("th"));
        assertThat(catalog.labelLang("lookFor")).isEqualTo(Language.of("th"));
        assertThat(catalog.labelLang("tips")).isEqualTo(Language.of("en"));
    }

    @Test
    void aRegionalCatalogsFallbackIsFormattedByItsParentsRules() throws IOException {
        // What fr-CA's own catalog lacks comes from fr's, and is marked as French.
        List<Folder> folders = userAndBuiltIn("fr-CA.yaml", "lang: fr-CA\nlabels:\n  tips: Conseils d'entrevue\n");

        Catalog catalog = Catalogs.load(Language.of("fr-CA"), folders, diagnostics);

        assertThat(catalog.formatLang("days")).isEqualTo(Language.of("fr"));
        assertThat(catalog.labelLang("tips")).isEqualTo(Language.of("fr-CA"));
    }

    @Test
    void pluralsFollowTheLanguagesRules() {
        Catalog es = Catalogs.load(Language.of("es"), List.of(Folder.builtIn("templates")), diagnostics);

        assertThat(es.format("days", Map.of("days", 1))).isEqualTo("1 día");
        assertThat(es.format("days", Map.of("days", 0))).isEqualTo("0 días");
        assertThat(es.format("hours", Map.of("hours", 1))).isEqualTo("1 hora");
    }

    @Test
    void aBrokenPatternInAUsersCatalogIsAnErrorWithItsPlace() throws IOException {
        List<Folder> folders = userAndBuiltIn("es.yaml", "lang: es\nformats:\n  minutes: \"{minutes, plural, one {# min}\"\n");

        assertThatThrownBy(() -> Catalogs.load(Language.of("es"), folders, diagnostics))
                .isInstanceOfSatisfying(KitgenException.class, e -> assertThat(e.diagnostics())
                        .singleElement().asString().startsWith("templates/messages/es.yaml:3:12: error: not an ICU message pattern"));
    }
}
