package dev.kitgen.localize;

import dev.kitgen.model.Length;
import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Folders;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The machine's default locale never changes a document: with locales that change digits,
 * case mapping or plural rules, the shipped kit renders byte for byte as its golden files.
 */
class DefaultLocaleTest {

    private Locale saved;

    @TempDir
    Path cwd;

    @BeforeEach
    void save() {
        saved = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr-TR", "ar-EG-u-nu-arab", "th-TH-u-nu-thai", "hi-IN-u-nu-deva", "ru-RU", "ja-JP"})
    void oddDefaultLocalesDoNotChangeTheDocuments(String tag) {
        Locale.setDefault(Locale.forLanguageTag(tag));

        for (String lang : new String[]{"es", "en"}) {
            CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", lang, "--out", "out-" + lang);

            assertThat(result).succeeded().errIsEmpty();
            Map<String, byte[]> expected = Folders.snapshot(
                    Project.testResource("golden/ml-engineer-" + lang + "/expected")).files();
            Map<String, byte[]> rendered = Folders.snapshot(cwd.resolve("out-" + lang)).files();
            assertThat(rendered.keySet()).containsExactlyElementsOf(expected.keySet());
            rendered.forEach((file, bytes) -> assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                    .as(tag + ": " + file).isEqualTo(new String(expected.get(file), java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar-EG-u-nu-arab", "fr-FR", "pl-PL"})
    void durationsIgnoreTheDefaultLocale(String tag) {
        Locale.setDefault(Locale.forLanguageTag(tag));

        assertThat(LocalizerTest.localizer("es").duration(new Length(45, 0))).isEqualTo("45 minutos");
        assertThat(LocalizerTest.localizer("en").duration(new Length(90, 2))).isEqualTo("1 h 30 min and 2 days");
        assertThat(LocalizerTest.localizer("en").duration(new Length(0, 2))).isEqualTo("2 days");
    }
}
