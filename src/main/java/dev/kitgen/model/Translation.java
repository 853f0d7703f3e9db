package dev.kitgen.model;

import dev.kitgen.diagnostics.Location;

import java.util.List;
import java.util.Map;

/**
 * A translation file such as {@code es.yaml}: text keys of the kit mapped to their translation,
 * where each was written, and the keys it translates that the kit no longer has.
 */
public record Translation(String lang, Map<String, String> texts, Map<String, Location> locations,
                          List<String> stale) {
    public Translation {
        texts = Map.copyOf(texts);
        locations = Map.copyOf(locations);
        stale = List.copyOf(stale);
    }
}
