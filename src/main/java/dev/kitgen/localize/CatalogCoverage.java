package dev.kitgen.localize;

import dev.kitgen.load.CatalogFiles;
import dev.kitgen.model.Language;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How much of the UI (headings, labels, durations) one language has in its own words: the
 * messages of the English catalog that no catalog along the language's chain has ({@code pt-BR
 * → pt}) show in English. {@code exists}: a catalog of the language or of a parent was found.
 *
 * @param missing the names of the messages that fall back to English, in the English catalog's order
 */
public record CatalogCoverage(Language lang, int total, List<String> missing, boolean exists) {

    public CatalogCoverage {
        missing = List.copyOf(missing);
    }

    /**
     * @param base the entries of the English catalog
     * @param own  the entries read along {@code lang}'s own chain ({@link Language#fallbackChain()}, without English
     *             unless the language is a kind of English)
     */
    public static CatalogCoverage of(Language lang, CatalogFiles.Entries base, CatalogFiles.Entries own) {
        Set<String> names = names(base);
        Set<String> present = names(own);
        List<String> missing = names.stream().filter(name -> !present.contains(name)).toList();
        return new CatalogCoverage(lang, names.size(), missing, Catalog.hasOwn(lang, own.found()));
    }

    private static Set<String> names(CatalogFiles.Entries entries) {
        Set<String> names = new LinkedHashSet<>(entries.labels().keySet());
        names.addAll(entries.formats().keySet());
        return names;
    }

    public int translated() {
        return total - missing.size();
    }

    /** As the status table shows it: {@code 58/58}, or {@code none} when the language has no catalog. */
    public String summary() {
        return exists ? translated() + "/" + total : "none";
    }
}
