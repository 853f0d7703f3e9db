package dev.kitgen.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A kit with every translation found beside it, keyed by language tag. */
public record KitBundle(Kit kit, Map<String, Translation> translations) {
    public KitBundle {
        translations = java.util.Collections.unmodifiableMap(new TreeMap<>(translations));
    }

    /** The kit's own language first, then its translations in alphabetical order. */
    public List<String> languages() {
        List<String> langs = new java.util.ArrayList<>();
        langs.add(kit.lang());
        langs.addAll(translations.keySet());
        return List.copyOf(langs);
    }
}
