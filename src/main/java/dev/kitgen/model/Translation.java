package dev.kitgen.model;

import java.util.List;
import java.util.Map;

/**
 * A translation file such as {@code es.yaml}: text keys of the kit mapped to their translation,
 * and the keys it translates that the kit no longer has.
 */
public record Translation(Language lang, Map<String, String> texts, List<String> stale) {
    public Translation {
        texts = Map.copyOf(texts);
        stale = List.copyOf(stale);
    }
}
