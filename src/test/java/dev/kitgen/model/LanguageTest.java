package dev.kitgen.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LanguageTest {

    private static java.util.List<String> tags(java.util.List<Language> languages) {
        return languages.stream().map(Language::tag).toList();
    }

    @Test
    void theFallbackChainGoesFromTheMostSpecificTagToItsFirstSubtag() {
        assertThat(tags(Language.of("zh-Hant-TW").fallbackChain())).containsExactly("zh-Hant-TW", "zh-Hant", "zh");
        assertThat(tags(Language.of("es").fallbackChain())).containsExactly("es");
        assertThat(Language.of("es-MX").parent()).contains(Language.of("es"));
        assertThat(Language.of("es").parent()).isEmpty();
    }

    @Test
    void aChainEndsInTheLanguageGivenUnlessItHasItAlready() {
        Language en = Language.of("en");
        assertThat(tags(Language.of("es-MX").fallbackChain(en))).containsExactly("es-MX", "es", "en");
        assertThat(tags(Language.of("en-GB").fallbackChain(en))).containsExactly("en-GB", "en");
        assertThat(Language.of("es-MX").fallsBackTo(Language.of("es"))).isTrue();
        assertThat(Language.of("es").fallsBackTo(Language.of("es-MX"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"ar, RTL", "ar-EG, RTL", "he, RTL", "fa, RTL", "ur, RTL", "yi, RTL", "es, LTR", "ja, LTR",
            "pl, LTR", "az-Arab, RTL", "pa-Arab, RTL", "pa, LTR", "ku-Latn, LTR", "uz-Latn-UZ, LTR",
            // No hand list: CLDR's likely script of languages a list would have to know.
            "ckb, RTL", "dv, RTL", "sd, RTL", "ug, RTL", "ps, RTL", "syr, RTL", "uz-AF, RTL", "ms-Arab, RTL",
            "sr-Cyrl, LTR", "ko, LTR", "zh-Hans, LTR"})
    void theDirectionFollowsTheLanguageOrItsScript(String tag, Language.Direction direction) {
        assertThat(Language.of(tag).direction()).isEqualTo(direction);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ES", "e", "es_MX", "es-", "-es", "../es", "es/MX", "es-MX-", "español", "es\u0000"})
    void anythingButATagIsRefusedInWordsForAUser(String tag) {
        assertThat(Language.isValid(tag)).isFalse();
        assertThatThrownBy(() -> Language.of(tag)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + tag + "' is not a language tag; write one such as 'es' or 'es-MX'");
    }

    @Test
    void pluralRulesComeFromTheNearestTagThatHasThem() {
        assertThat(Language.of("pl-PL").pluralRules().select(22)).isEqualTo("few");
        assertThat(Language.of("pl").pluralRules().select(5)).isEqualTo("many");
        assertThat(Language.of("ja").pluralRules().getKeywords()).containsExactly("other");
    }
}
