package dev.kitgen.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A kit with every translation found beside it, keyed by language. */
public record KitBundle(Kit kit, Map<Language, Translation> translations) {
    public KitBundle {
        translations = Collections.unmodifiableMap(new TreeMap<>(translations));
    }

    /** The kit's own language first, then its translations in alphabetical order. */
    public List<Language> languages() {
        List<Language> langs = new ArrayList<>();
        langs.add(kit.lang());
        langs.addAll(translations.keySet());
        return List.copyOf(langs);
    }

    /** Whether the kit is written in {@code lang} or translated into it, or into a language it falls back to. */
    public boolean covers(Language lang) {
        return lang.fallbackChain().stream().anyMatch(languages()::contains);
    }

    /**
     * The translation files {@code lang} reads its texts from, most specific first: those of
     * {@code es-MX} and {@code es} for {@code es-MX}.
     */
    public List<Translation> translationsFor(Language lang) {
        return lang.fallbackChain().stream().map(translations::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The nearest language along {@code lang}'s chain that has a translation file, if any. */
    public Optional<Language> nearestTranslated(Language lang) {
        return lang.fallbackChain().stream().filter(translations::containsKey).findFirst();
    }
}
