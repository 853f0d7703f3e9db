package dev.kitgen.localize;

import com.ibm.icu.text.PluralRules;
import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.load.CatalogFiles;
import dev.kitgen.load.Node;
import dev.kitgen.model.Language;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The UI strings of one language ("What to look for", "45 minutes", rating labels), from the
 * catalogs {@code templates/messages/<lang>.yaml} read along the language's fallback chain
 * ({@link #chain}). The machine's default locale is never consulted.
 */
public final class Catalog {

    /** The language every catalog falls back to: kitgen's UI is written in it first. */
    public static final Language BASE = Language.of("en");

    /** Deepest nesting of braces in a message pattern; ICU parses them recursively. */
    static final int MAX_PATTERN_DEPTH = 8;

    private final Language lang;
    private final Map<String, String> labels;
    /** Every format, parsed once when the catalog is made (which also checks it) and shared by every thread. */
    private final Map<String, Written> formats;
    /** The language each label and format is written in: {@code lang}, or a fallback's where the catalog lacks it. */
    private final Map<String, Language> labelLangs;

    /**
     * A format with the language of the catalog it was read from, whose plural rules it is
     * formatted by: an English fallback says "1 hour" in a Japanese document.
     */
    private record Written(Message message, Language lang, PluralRules plurals) {}

    private Catalog(Language lang, Map<String, String> labels, Map<String, Language> labelLangs,
                    Map<String, Written> formats) {
        this.lang = lang;
        this.labels = Map.copyOf(labels);
        this.labelLangs = Map.copyOf(labelLangs);
        this.formats = Map.copyOf(formats);
    }

    /** The languages whose catalogs {@code lang} reads, most specific first: {@code es-MX → es → en}. */
    public static List<Language> chain(Language lang) {
        return lang.fallbackChain(BASE);
    }

    /**
     * Whether {@code lang} has a catalog of its own among {@code catalogs}, or a parent of it
     * has ({@code es} for {@code es-MX}); reaching English only as the last fallback does not count.
     */
    public static boolean hasOwn(Language lang, Collection<Language> catalogs) {
        return lang.fallbackChain().stream().anyMatch(catalogs::contains);
    }

    /**
     * The catalog of {@code lang} from the entries read along its {@link #chain}. Every format
     * must be a message pattern.
     */
    public static Catalog of(Language lang, CatalogFiles.Entries entries) {
        if (!entries.found().contains(BASE)) {
            throw new IllegalStateException("the built-in message catalog '" + BASE + "' is missing");
        }
        Diagnostics mine = new Diagnostics();
        Map<Language, PluralRules> rules = new HashMap<>();
        Map<String, Written> formats = new LinkedHashMap<>();
        entries.formats().forEach((name, entry) -> {
            Message message = parse(entry.text(), mine);
            if (message != null) {
                formats.put(name, new Written(message, entry.lang(),
                        rules.computeIfAbsent(entry.lang(), Language::pluralRules)));
            }
        });
        if (mine.hasErrors()) throw new KitgenException(mine.sorted());
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Language> labelLangs = new HashMap<>();
        entries.labels().forEach((name, entry) -> {
            labels.put(name, entry.text().value());
            labelLangs.put(name, entry.lang());
        });
        return new Catalog(lang, labels, labelLangs, formats);
    }

    /** The message of a catalog's pattern, or null with the problem reported. */
    private static Message parse(Node.Scalar s, Diagnostics diagnostics) {
        int depth = 0;
        for (int i = 0; i < s.value().length(); i++) {
            char c = s.value().charAt(i);
            if (c == '{' && ++depth > MAX_PATTERN_DEPTH) {
                // Thousands of nested arguments overflow ICU's parser stack.
                diagnostics.error(s.location(), "message pattern nests arguments more than " + MAX_PATTERN_DEPTH
                        + " deep");
                return null;
            }
            if (c == '}') depth--;
        }
        try {
            return new Message(s.value());
        } catch (IllegalArgumentException e) {
            diagnostics.error(s.location(), "not an ICU message pattern: " + e.getMessage());
            return null;
        }
    }

    public Language lang() {
        return lang;
    }

    /** The plain labels, for templates to place as {@code {{t.name}}}. */
    public Map<String, String> labels() {
        return labels;
    }

    public String label(String name) {
        String value = labels.get(name);
        if (value == null) {
            throw new IllegalStateException("no catalog has the label '" + name + "'");
        }
        return value;
    }

    /**
     * Formats the ICU pattern {@code name} with named arguments, by the plural rules of the
     * language the pattern is written in (see {@link #formatLang}).
     */
    public String format(String name, Map<String, Object> args) {
        Written written = written(name);
        return written.message().format(args, written.plurals());
    }

    /**
     * The language label {@code name} is written in: this catalog's, or that of the fallback that
     * supplied it ({@code en} for a label a Japanese catalog lacks), for marking it in a document.
     */
    public Language labelLang(String name) {
        label(name);
        return labelLangs.get(name);
    }

    /** The language format {@code name} is written in, as {@link #labelLang} for a label. */
    public Language formatLang(String name) {
        return written(name).lang();
    }

    private Written written(String name) {
        Written written = formats.get(name);
        if (written == null) throw new IllegalStateException("no catalog has the format '" + name + "'");
        return written;
    }
}
