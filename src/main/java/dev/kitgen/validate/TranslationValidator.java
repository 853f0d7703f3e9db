package dev.kitgen.validate;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.Location;
import dev.kitgen.diagnostics.UserText;
import dev.kitgen.load.Node;
import dev.kitgen.model.Kit;
import dev.kitgen.model.Language;
import dev.kitgen.model.Text;
import dev.kitgen.model.Translation;
import dev.kitgen.validate.KitFormat.Field;
import dev.kitgen.validate.KitFormat.Shape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a translation file such as {@code es.yaml}. Its format is derived from {@link KitFormat}:
 * the text fields of each mapping, with lists turned into mappings keyed by id. Structure (ids,
 * minutes, weights, links) lives only in {@code kit.yaml}; writing it here is an error.
 */
public final class TranslationValidator {

    private final Diagnostics diagnostics;
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final List<String> stale = new ArrayList<>();
    private final Set<String> known;

    private TranslationValidator(Kit kit, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.known = kit.texts().stream().map(Text::key).collect(Collectors.toSet());
    }

    /**
     * @param expectedLang the language the file name says, such as {@code es} for {@code es.yaml}
     */
    public static Translation validate(Node root, Kit kit, Language expectedLang, Diagnostics diagnostics) {
        return new TranslationValidator(kit, diagnostics).translation(root, kit, expectedLang);
    }

    private Translation translation(Node root, Kit kit, Language expectedLang) {
        if (!(root instanceof Node.Mapping mapping)) {
            diagnostics.error(root.location(), "expected a translation as a mapping with 'kit: 1', 'lang: "
                    + expectedLang + "' and the texts to translate, found " + root.kind());
            return new Translation(expectedLang, Map.of(), List.of());
        }
        Map<String, Node.Entry> header = new LinkedHashMap<>();
        List<Node.Entry> body = new ArrayList<>();
        for (Node.Entry e : mapping.entries()) {
            if (e.key().equals("kit") || e.key().equals("lang")) header.put(e.key(), e);
            else body.add(e);
        }
        checkHeader(header, mapping.location(), expectedLang, kit);
        texts(body, KitFormat.KIT, "", "the translation");
        return new Translation(expectedLang, texts, stale);
    }

    private void checkHeader(Map<String, Node.Entry> header, Location at, Language expectedLang, Kit kit) {
        Node.Entry version = header.get("kit");
        if (version == null) {
            diagnostics.error(at, "missing required key 'kit' in the translation; write 'kit: " + KitFormat.VERSION + "'");
        } else if (!(version.value() instanceof Node.Scalar s) || !String.valueOf(KitFormat.VERSION).equals(s.value())) {
            diagnostics.error(version.value().location(), "kit format must be " + KitFormat.VERSION);
        }
        Node.Entry lang = header.get("lang");
        if (lang == null) {
            diagnostics.error(at, "missing required key 'lang' in the translation; write 'lang: " + expectedLang + "'");
        } else if (!(lang.value() instanceof Node.Scalar s) || !expectedLang.tag().equals(s.value())) {
            diagnostics.error(lang.value().location(), "lang must be '" + expectedLang
                    + "', the language the file is named after");
        }
        if (expectedLang.equals(kit.lang())) {
            diagnostics.error(at, "this file translates the kit into '" + expectedLang
                    + "', the language kit.yaml is written in; remove the file or change kit.yaml's 'lang'");
        }
    }

    private void texts(List<Node.Entry> entries, Shape shape, String prefix, String context) {
        List<String> allowed = shape.fields().stream().filter(Field::translatable).map(Field::key).toList();
        for (Node.Entry e : entries) {
            Field field = shape.field(e.key()).orElse(null);
            if (field == null) {
                diagnostics.error(e.keyLocation(), "unknown key '" + UserText.quote(e.key()) + "' in " + context
                        + Suggest.hint(e.key(), allowed));
            } else if (!field.translatable()) {
                diagnostics.error(e.keyLocation(), "'" + UserText.quote(e.key()) + "' is structure, not text: it belongs only in kit.yaml; "
                        + "remove it from the translation");
            } else {
                String key = prefix + e.key();
                switch (field.type()) {
                    case TEXT -> text(key, e.value());
                    case RATINGS, ANCHORS -> ratings(key, e.value(), e.key(), context);
                    case LIST -> keyedById(key, e.value(), field.shape());
                    default -> throw new IllegalStateException("translatable field of type " + field.type());
                }
            }
        }
    }

    private void text(String key, Node value) {
        if (value instanceof Node.Scalar s && s.type() != Node.Scalar.Type.NULL) {
            String translated = s.value().strip();
            if (KitFormat.takesMarkdown(key)) JoinedLines.check(s, key.substring(key.lastIndexOf('.') + 1), diagnostics);
            if (!known.contains(key)) {
                stale.add(key);
                diagnostics.warning(value.location(), "stale translation: kit.yaml has no text '" + UserText.quote(key)
                        + "'; remove it, or move it to the id kit.yaml uses now");
            } else if (!translated.isEmpty()) {
                texts.put(key, translated);
            }
        } else {
            diagnostics.error(value.location(), "'" + UserText.quote(key) + "' must be a text, found " + value.kind());
        }
    }

    private void ratings(String key, Node value, String name, String context) {
        if (!(value instanceof Node.Mapping m)) {
            diagnostics.error(value.location(), "'" + UserText.quote(name) + "' in " + context
                    + " must map ratings to texts, such as '1: ...'; found " + value.kind());
            return;
        }
        for (Node.Entry r : m.entries()) {
            // An anchor whose bar differs by track or level has a text per id, as in kit.yaml.
            if (r.value() instanceof Node.Mapping byId && known.stream().anyMatch(k -> k.startsWith(key + "." + r.key() + "."))) {
                byId.entries().forEach(t -> text(key + "." + r.key() + "." + t.key(), t.value()));
            } else {
                text(key + "." + r.key(), r.value());
            }
        }
    }

    /** In a translation, a list of the kit becomes a mapping from each item's id to its texts. */
    private void keyedById(String key, Node value, Shape shape) {
        if (!(value instanceof Node.Mapping m)) {
            diagnostics.error(value.location(), "'" + UserText.quote(key) + "' must map each " + shape.name()
                    + " id to its texts (such as 'engineering: {title: ...}'), found " + value.kind()
                    + "; in a translation, lists are keyed by id");
            return;
        }
        for (Node.Entry item : m.entries()) {
            String itemKey = key + "." + item.key();
            boolean exists = known.stream().anyMatch(k -> k.startsWith(itemKey + "."));
            if (!exists) {
                stale.add(itemKey);
                diagnostics.warning(item.keyLocation(), "stale translation: kit.yaml has no " + shape.name() + " '"
                        + UserText.quote(item.key()) + "' under '" + UserText.quote(key) + "'; remove it, or rename it to an id kit.yaml has");
                continue;
            }
            if (item.value() instanceof Node.Mapping fields) {
                texts(fields.entries(), shape, itemKey + ".", shape.name() + " '" + UserText.quote(item.key()) + "'");
            } else {
                diagnostics.error(item.value().location(), "the texts of " + shape.name() + " '" + UserText.quote(item.key())
                        + "' must be a mapping such as 'title: ...', found " + item.value().kind());
            }
        }
    }
}
