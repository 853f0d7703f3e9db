package dev.kitgen.localize;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import dev.kitgen.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** kitgen formats catalog messages itself; ICU's MessageFormat is the oracle it must agree with. */
class MessageTest {

    private static final List<String> PATTERNS = List.of(
            "{minutes, plural, one {# minuto} other {# minutos}}",
            "{n, plural, =0 {ninguno} one {uno: #} other {# en total}}",
            "{n, plural, offset:1 =0 {nadie} =1 {{who}} one {{who} y # más} other {{who} y # más}}",
            "{n, plural, zero {zero #} one {one #} two {two #} few {few #} many {many #} other {other #}}",
            "{kind, select, guide {la guía de {role}} other {el documento de {role}}}",
            "{n, plural, one {{kind, select, a {# a} other {# otro}}} other {{kind, select, a {# aes} other {# otros}}}}",
            "Página {page} de {pages}",
            "peso ×{weight}",
            "it''s '{'literal'}' and {n, number}",
            "it's {n}, l'entretien de {who}",
            "{who}'s kit, rock'",
            "'{n}' is quoted, '{n}'' too, and '#' {n, plural, other {'#' is #}}",
            "{minutes} y {days}");

    /** Under 1,000, where ICU does not group digits either (see largeNumbers...). */
    private static final List<Integer> NUMBERS = List.of(0, 1, 2, 3, 5, 11, 21, 45, 100, 101, 999);

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "es-MX", "pt-BR", "pt-PT", "fr", "ar", "pl", "ru", "cy", "ja"})
    void formatsAsIcusMessageFormatDoes(String lang) {
        for (String pattern : PATTERNS) {
            Message ours = new Message(pattern);
            MessageFormat icu = new MessageFormat(pattern, ULocale.forLanguageTag(lang));
            for (int n : NUMBERS) {
                for (String kind : List.of("a", "guide", "packet")) {
                    Map<String, Object> args = Map.of("n", n, "minutes", n, "days", "3 días", "page", n,
                            "pages", "7", "weight", n, "who", "Ana", "role", "ML", "kind", kind);
                    assertThat(ours.format(args, Language.of(lang).pluralRules()))
                            .as(lang + " " + pattern + " " + args)
                            .isEqualTo(icu.format(args));
                }
            }
        }
    }

    @Test
    void largeNumbersAreWrittenWithoutGroupingInTheirPluralForm() {
        Message days = new Message("{n, plural, one {# día} many {# de días} other {# días}}");
        assertThat(days.format(Map.of("n", 1_000_000), Language.of("es").pluralRules())).isEqualTo("1000000 de días");
        assertThat(days.format(Map.of("n", 1_001), Language.of("es").pluralRules())).isEqualTo("1001 días");
    }

    @Test
    void textWhereACountBelongsTakesTheOtherCase() {
        Message minutes = new Message("{minutes, plural, =0 {nada} one {# minuto} other {# en total}}");
        assertThat(minutes.format(Map.of("minutes", "45 minutos"), Language.of("es").pluralRules()))
                .isEqualTo("45 minutos en total");
    }

    @Test
    void aMissingArgumentStaysVisibleAsItsName() {
        assertThat(new Message("Hola, {name}.").format(Map.of(), Language.of("es").pluralRules()))
                .isEqualTo("Hola, {name}.");
    }

    @Test
    void argumentsKitgenDoesNotFormatAreRefusedWithTheirText() {
        assertThatThrownBy(() -> new Message("Hoy es {d, date, short}."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'{d, date, short}' is not a kind of argument kitgen formats");
        assertThatThrownBy(() -> new Message("{n, selectordinal, one {#st} other {#th}}"))
                .hasMessageContaining("is not a kind of argument kitgen formats");
        assertThatThrownBy(() -> new Message("{n, number, percent}"))
                .hasMessageContaining("is not a kind of argument kitgen formats");
    }

    @Test
    void aPluralOrSelectWithoutOtherIsRefused() {
        assertThatThrownBy(() -> new Message("{n, plural, one {# día}}")).hasMessageContaining("Missing 'other' keyword");
        assertThatThrownBy(() -> new Message("{k, select, a {A}}")).hasMessageContaining("Missing 'other' keyword");
    }

    @Test
    void brokenSyntaxIsRefused() {
        assertThatThrownBy(() -> new Message("{minutes, plural, one {# min}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
