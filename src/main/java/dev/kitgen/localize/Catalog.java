package dev.kitgen.localize;

import com.ibm.icu.text.PluralRules;
import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.Location;
import dev.kitgen.files.Folder;
import dev.kitgen.load.Node;
import dev.kitgen.load.YamlLoader;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The UI strings of one language ("What to look for", "45 minutes", rating labels), read from
 * {@code templates/messages/<lang>.yaml}. A string missing in {@code es-MX} is looked up in
 * {@code es}, then in {@code en}; a user's catalog overrides the built-in one key by key. The
 * machine's default locale is never consulted.
 */
public final class Catalog {

    /** The language every catalog falls back to: kitgen's UI is written in it first. */
    public static final String BASE = "en";
    static final String DIR = "messages/";

    private final String lang;
    private final PluralRules plurals;
    private final List<String> chain;
    private final Map<String, String> labels;
    private final Map<String, String> formats;
    private final Map<String, Message> compiled = new java.util.concurrent.ConcurrentHashMap<>();

    private Catalog(String lang, List<String> chain, Map<String, String> labels, Map<String, String> formats) {
        this.lang = lang;
        this.plurals = Plurals.forLanguage(lang);
        this.chain = List.copyOf(chain);
        this.labels = Map.copyOf(labels);
        this.formats = Map.copyOf(formats);
    }

    /** {@code es-MX → es → en}: each shorter tag of {@code lang}, then {@link #BASE}. */
    public static List<String> fallbackChain(String lang) {
        List<String> chain = new ArrayList<>(tags(lang));
        if (!chain.contains(BASE)) chain.add(BASE);
        return chain;
    }

    /** {@code es-MX → es}: the tag and each shorter tag of it. */
    public static List<String> tags(String lang) {
        List<String> tags = new ArrayList<>();
        String tag = lang;
        while (true) {
            tags.add(tag);
            int cut = tag.lastIndexOf('-');
            if (cut < 0) return tags;
            tag = tag.substring(0, cut);
        }
    }

    /**
     * Loads the catalog for {@code lang} from the given template folders, first folder first.
     * Warns when no catalog of the language (or a shorter tag of it) exists, since then the UI
     * stays in English.
     */
    public static Catalog load(String lang, List<Folder> folders, Diagnostics diagnostics) {
        YamlLoader yaml = new YamlLoader();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> formats = new LinkedHashMap<>();
        List<String> chain = fallbackChain(lang);
        List<String> found = new ArrayList<>();
        // Read from the last fallback to the first, so that a more specific entry overwrites.
        for (String tag : reversed(chain)) {
            for (Folder folder : reversed(folders)) {
                String file = DIR + tag + ".yaml";
                Optional<java.nio.file.Path> path = folder.file(file);
                if (path.isEmpty()) continue;
                found.add(tag);
                Diagnostics mine = new Diagnostics();
                yaml.load(path.get(), folder.show(file), mine)
                        .ifPresent(root -> read(root, folder.show(file), labels, formats, mine));
                if (mine.hasErrors()) throw new KitgenException(mine.sorted());
                diagnostics.addAll(mine);
            }
        }
        if (!found.contains(BASE)) {
            throw new IllegalStateException("the built-in message catalog '" + BASE + "' is missing");
        }
        if (chain.stream().filter(t -> !t.equals(BASE)).noneMatch(found::contains) && !lang.equals(BASE)) {
            diagnostics.warning(Location.ofFile("templates/" + DIR + lang + ".yaml"), "no UI catalog for '" + lang
                    + "'; headings and labels fall back to " + BASE);
        }
        return new Catalog(lang, chain, labels, formats);
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static void read(Node root, String file, Map<String, String> labels, Map<String, String> formats,
                             Diagnostics diagnostics) {
        if (!(root instanceof Node.Mapping m)) {
            diagnostics.error(root.location(), "a message catalog is a mapping with 'labels' and 'formats'");
            return;
        }
        for (Node.Entry section : m.entries()) {
            Map<String, String> target = switch (section.key()) {
                case "labels" -> labels;
                case "formats" -> formats;
                default -> null;
            };
            if (target == null) {
                if (!section.key().equals("lang")) {
                    diagnostics.error(section.keyLocation(), "unknown section '" + section.key()
                            + "' in " + file + "; a catalog has 'lang', 'labels' and 'formats'");
                }
                continue;
            }
            if (!(section.value() instanceof Node.Mapping entries)) {
                diagnostics.error(section.value().location(), "'" + section.key() + "' must map names to texts");
                continue;
            }
            for (Node.Entry e : entries.entries()) {
                if (e.value() instanceof Node.Scalar s && s.value() != null) {
                    if (target == formats) checkPattern(s, diagnostics);
                    target.put(e.key(), s.value());
                } else {
                    diagnostics.error(e.value().location(), "message '" + e.key() + "' must be a text");
                }
            }
        }
    }

    /** Deepest nesting of braces in a message pattern; ICU parses them recursively. */
    static final int MAX_PATTERN_DEPTH = 8;

    private static void checkPattern(Node.Scalar s, Diagnostics diagnostics) {
        int depth = 0;
        for (int i = 0; i < s.value().length(); i++) {
            char c = s.value().charAt(i);
            if (c == '{' && ++depth > MAX_PATTERN_DEPTH) {
                // Thousands of nested arguments overflow ICU's parser stack.
                diagnostics.error(s.location(), "message pattern nests arguments more than " + MAX_PATTERN_DEPTH
                        + " deep");
                return;
            }
            if (c == '}') depth--;
        }
        try {
            new Message(s.value());
        } catch (IllegalArgumentException e) {
            diagnostics.error(s.location(), "not an ICU message pattern: " + e.getMessage());
        }
    }

    public String lang() {
        return lang;
    }

    public List<String> chain() {
        return chain;
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
        Message message = compiled.computeIfAbsent(name, n -> {
            String pattern = formats.get(n);
            if (pattern == null) throw new IllegalStateException("no catalog has the format '" + n + "'");
            return new Message(pattern);
        });
        return message.format(args, plurals);
    }
}
