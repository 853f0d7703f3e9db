package dev.kitgen.localize;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.Location;
import dev.kitgen.model.KitBundle;
import dev.kitgen.model.Language;
import dev.kitgen.model.Text;
import dev.kitgen.model.Translation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How much of a kit one language covers. A text counts as translated when a file along the
 * language's fallback chain ({@code es-MX → es}) translates it; a missing one shows in the kit's
 * own language. {@code stale} are the keys the language's own file translates that the kit no
 * longer has.
 *
 * @param chain the fallback chain in use, ending in the kit's own language
 */
public record TranslationCoverage(String role, Language lang, int total, List<Text> missing, List<String> stale,
                                  List<Language> chain) {

    public TranslationCoverage {
        missing = List.copyOf(missing);
        stale = List.copyOf(stale);
        chain = List.copyOf(chain);
    }

    public static TranslationCoverage of(KitBundle bundle, Language lang) {
        Language source = bundle.kit().lang();
        List<Text> texts = bundle.kit().texts();
        List<Translation> files = bundle.translationsFor(lang);
        List<Text> missing = lang.fallsBackTo(source) ? List.of() : texts.stream()
                .filter(t -> files.stream().noneMatch(f -> f.texts().containsKey(t.key())))
                .toList();
        Translation own = bundle.translations().get(lang);
        return new TranslationCoverage(bundle.kit().id(), lang, texts.size(), missing,
                own == null ? List.of() : own.stale(), lang.fallbackChain(source));
    }

    public int translated() {
        return total - missing.size();
    }

    /** Whole percent translated, rounded down: 100 only when nothing is missing. */
    public int percent() {
        return total == 0 ? 100 : translated() * 100 / total;
    }

    /** The kit's own language: what every other language falls back to. */
    public Language source() {
        return chain.get(chain.size() - 1);
    }

    /** Whether this is the kit's own language, which needs no translation. */
    public boolean isSource() {
        return chain.size() == 1;
    }

    /** The chain as a person reads it: {@code es-MX → es → en}. */
    public String chainText() {
        return String.join(" → ", chain.stream().map(Language::tag).toList());
    }

    /**
     * Adds the warning about the missing texts, if any, at the file of the language, or of the
     * nearest language along the chain that has one; at {@code kit.yaml} when none has (a
     * language rendered for its UI catalog alone).
     *
     * @param show how a file of the kits folder is named in messages, from its path in the folder
     */
    public void reportMissing(KitBundle bundle, Function<String, String> show, Diagnostics diagnostics) {
        if (missing.isEmpty()) return;
        String texts = missing.size() + (missing.size() == 1 ? " text" : " texts");
        Optional<Language> file = bundle.nearestTranslated(lang);
        if (file.isEmpty()) {
            // Rendered with the UI catalog of its language only: the kit itself has no file for it.
            diagnostics.warning(Location.ofFile(show.apply(role + "/kit.yaml")), "no '" + lang + "' translation: all "
                    + texts + " fall back to " + source() + "; 'kitgen i18n skeleton " + role + " --lang " + lang
                    + "' starts " + show.apply(role + "/" + lang + ".yaml"));
            return;
        }
        diagnostics.warning(new Location(show.apply(role + "/" + file.get() + ".yaml"), 1, 1),
                texts + " not translated into '" + lang + "'; falling back to " + source() + " (first: "
                        + missing.get(0).key() + ")");
    }
}
