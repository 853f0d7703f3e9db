package dev.kitgen.load;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.UserText;
import dev.kitgen.files.Folder;
import dev.kitgen.files.FolderFile;
import dev.kitgen.model.Language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the UI message catalogs, {@code messages/<lang>.yaml} among the template folders, along
 * a language's fallback chain. A catalog is a mapping with {@code lang}, {@code labels} (plain
 * texts) and {@code formats} (ICU message patterns); an empty text falls back like a missing one.
 * What the texts mean is localize's concern.
 */
public final class CatalogFiles {

    public static final String DIR = "messages/";

    /**
     * The entries of the catalogs read, by name, each with where it was written; where several
     * files have a name, the more specific language wins, and a user's folder wins over the
     * built-in one. {@code found} lists the languages a catalog file was found for.
     */
    public record Entries(Map<String, Entry> labels, Map<String, Entry> formats, List<Language> found) {
        public Entries {
            labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
            formats = Collections.unmodifiableMap(new LinkedHashMap<>(formats));
            found = List.copyOf(found);
        }
    }

    /** One text of a catalog, with the language of the file it was read from (which may be a fallback's). */
    public record Entry(Node.Scalar text, Language lang) {}

    private CatalogFiles() {}

    /**
     * Reads the catalogs of every language of {@code chain} from {@code folders} (first folder
     * first). A catalog file with an error stops the read: the run cannot be labelled.
     */
    public static Entries read(List<Language> chain, List<Folder> folders, Diagnostics diagnostics) {
        YamlLoader yaml = new YamlLoader();
        Map<String, Entry> labels = new LinkedHashMap<>();
        Map<String, Entry> formats = new LinkedHashMap<>();
        List<Language> found = new ArrayList<>();
        // Read from the last fallback to the first, so that a more specific entry overwrites.
        for (Language lang : reversed(chain)) {
            for (Folder folder : reversed(folders)) {
                String file = DIR + lang.tag() + ".yaml";
                Optional<FolderFile> path = folder.file(file);
                if (path.isEmpty()) continue;
                found.add(lang);
                Diagnostics mine = new Diagnostics();
                yaml.load(path.get(), folder.show(file), mine)
                        .ifPresent(root -> read(root, folder.show(file), lang, labels, formats, mine));
                if (mine.hasErrors()) throw new KitgenException(mine.sorted());
                diagnostics.addAll(mine);
            }
        }
        return new Entries(labels, formats, found);
    }

    /** The languages a catalog file exists for in any of {@code folders}, sorted by tag. */
    public static List<Language> languages(List<Folder> folders) {
        java.util.TreeSet<Language> langs = new java.util.TreeSet<>();
        for (Folder folder : folders) {
            if (!folder.has(DIR)) continue;
            for (String name : folder.in(DIR).names()) {
                String tag = name.endsWith(".yaml") ? name.substring(0, name.length() - ".yaml".length()) : "";
                if (Language.isValid(tag) && folder.file(DIR + name).isPresent()) langs.add(Language.of(tag));
            }
        }
        return List.copyOf(langs);
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static void read(Node root, String file, Language lang, Map<String, Entry> labels,
                             Map<String, Entry> formats, Diagnostics diagnostics) {
        if (!(root instanceof Node.Mapping m)) {
            diagnostics.error(root.location(), "a message catalog is a mapping with 'labels' and 'formats'");
            return;
        }
        for (Node.Entry section : m.entries()) {
            Map<String, Entry> target = switch (section.key()) {
                case "labels" -> labels;
                case "formats" -> formats;
                default -> null;
            };
            if (target == null) {
                if (!section.key().equals("lang")) {
                    diagnostics.error(section.keyLocation(), "unknown section '" + UserText.quote(section.key())
                            + "' in " + file + "; a catalog has 'lang', 'labels' and 'formats'");
                }
                continue;
            }
            if (!(section.value() instanceof Node.Mapping entries)) {
                diagnostics.error(section.value().location(), "'" + UserText.quote(section.key()) + "' must map names to texts");
                continue;
            }
            for (Node.Entry e : entries.entries()) {
                if (e.value() instanceof Node.Scalar s && s.value() != null) {
                    // An empty text is one not translated yet: it falls back, as in a kit's translation.
                    if (!s.value().isEmpty()) target.put(e.key(), new Entry(s, lang));
                } else {
                    diagnostics.error(e.value().location(), "message '" + UserText.quote(e.key()) + "' must be a text");
                }
            }
        }
    }
}
