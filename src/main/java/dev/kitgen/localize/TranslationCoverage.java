package dev.kitgen.localize;

import dev.kitgen.diagnostics.Location;
import dev.kitgen.model.KitBundle;
import dev.kitgen.model.Text;
import dev.kitgen.model.Translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How much of a kit one language covers. A text counts as translated when a file along the
 * language's fallback chain ({@code es-MX → es}) translates it; a missing one shows in the kit's
 * own language. {@code stale} are the keys the language's own file translates that the kit no
 * longer has.
 *
 * @param chain the fallback chain in use, ending in the kit's own language
 */
public record TranslationCoverage(String role, String lang, int total, List<Text> missing, List<String> stale,
                       List<String> chain) {

    public TranslationCoverage {
        missing = List.copyOf(missing);
        stale = List.copyOf(stale);
        chain = List.copyOf(chain);
    }

    public static TranslationCoverage of(KitBundle bundle, String lang) {
        List<String> tags = Catalog.tags(lang);
        List<String> chain = new ArrayList<>(tags);
        String source = bundle.kit().lang();
        if (!chain.contains(source)) chain.add(source);
        List<Text> texts = bundle.kit().texts();
        List<Translation> files = tags.stream().map(bundle.translations()::get).filter(Objects::nonNull).toList();
        List<Text> missing = tags.contains(source) ? List.of() : texts.stream()
                .filter(t -> files.stream().noneMatch(f -> f.texts().containsKey(t.key())))
                .toList();
        Translation own = bundle.translations().get(lang);
        return new TranslationCoverage(bundle.kit().id(), lang, texts.size(), missing,
                own == null ? List.of() : own.stale(), chain);
    }

    public int translated() {
        return total - missing.size();
    }

    /** Whole percent translated, rounded down: 100 only when nothing is missing. */
    public int percent() {
        return total == 0 ? 100 : translated() * 100 / total;
    }

    /** The kit's own language: what every other language falls back to. */
    public String source() {
        return chain.get(chain.size() - 1);
    }

    /** "N texts not translated into 'es'; falling back to en (first: key)". */
    private String missingMessage() {
        return missing.size() + (missing.size() == 1 ? " text" : " texts") + " not translated into '" + lang
                + "'; falling back to " + source() + " (first: " + missing.get(0).key() + ")";
    }

    /**
     * Where the missing texts are reported: the file of the language, or of the nearest
     * language along the chain that has one.
     */
    private Location missingLocation(KitBundle bundle, java.util.function.Function<String, String> show) {
        String file = Catalog.tags(lang).stream().filter(bundle.translations()::containsKey).findFirst().orElse(lang);
        return new Location(show.apply(role + "/" + file + ".yaml"), 1, 1);
    }

    /** Adds the warning about the missing texts, if any, at {@link #missingLocation}. */
    public void reportMissing(KitBundle bundle, java.util.function.Function<String, String> show,
                              dev.kitgen.diagnostics.Diagnostics diagnostics) {
        if (!missing.isEmpty()) diagnostics.warning(missingLocation(bundle, show), missingMessage());
    }
}
