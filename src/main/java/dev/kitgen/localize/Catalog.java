package dev.kitgen.localize;

import com.ibm.icu.text.PluralRules;
import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.Location;
import dev.kitgen.load.CatalogFiles;
import dev.kitgen.load.Node;
import dev.kitgen.model.Language;

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
    private final PluralRules plurals;
    private final Map<String, String> labels;
    /** Every format, parsed once when the catalog is made (which also checks it) and shared by every thread. */
    private final Map<String, Message> formats;

    private Catalog(Language lang, Map<String, String> labels, Map<String, Message> formats) {
        this.lang = lang;
        this.plurals = lang.pluralRules();
        this.labels = Map.copyOf(labels);
        this.formats = Map.copyOf(formats);
    }

    /** The languages whose catalogs {@code lang} reads, most specific first: {@code es-MX → es → en}. */
    public static List<Language> chain(Language lang) {
        return lang.fallbackChain(BASE);
    }

    /**
     * The catalog of {@code lang} from the entries read along its {@link #chain}. Every format
     * must be a message pattern; warns when no catalog of the language (or a parent of it)
     * exists, since then the UI stays in English.
     */
    public static Catalog of(Language lang, CatalogFiles.Entries entries, Diagnostics diagnostics) {
        if (!entries.found().contains(BASE)) {
            throw new IllegalStateException("the built-in message catalog '" + BASE + "' is missing");
        }
        Diagnostics mine = new Diagnostics();
        Map<String, Message> formats = new LinkedHashMap<>();
        entries.formats().forEach((name, pattern) -> {
            Message message = parse(pattern, mine);
            if (message != null) formats.put(name, message);
        });
        if (mine.hasErrors()) throw new KitgenException(mine.sorted());
        if (!lang.equals(BASE) && chain(lang).stream().filter(l -> !l.equals(BASE)).noneMatch(entries.found()::contains)) {
            diagnostics.warning(Location.ofFile("templates/" + CatalogFiles.DIR + lang + ".yaml"), "no UI catalog for '"
                    + lang + "'; headings and labels fall back to " + BASE);
        }
        return new Catalog(lang, texts(entries.labels()), formats);
    }

    private static Map<String, String> texts(Map<String, Node.Scalar> entries) {
        Map<String, String> texts = new LinkedHashMap<>();
        entries.forEach((name, scalar) -> texts.put(name, scalar.value()));
        return texts;
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

    /** Formats the ICU pattern {@code name} with named arguments, by the plural rules of the language. */
    public String format(String name, Map<String, Object> args) {
        Message message = formats.get(name);
        if (message == null) throw new IllegalStateException("no catalog has the format '" + name + "'");
        return message.format(args, plurals);
    }
}
