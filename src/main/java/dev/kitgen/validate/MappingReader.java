package dev.kitgen.validate;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.Location;
import dev.kitgen.diagnostics.UserText;
import dev.kitgen.load.Node;
import dev.kitgen.validate.KitFormat.Field;
import dev.kitgen.validate.KitFormat.Shape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one YAML mapping against a {@link Shape}: reports unknown keys (with a suggestion),
 * missing required keys and values of the wrong type, each at the key or value at fault, and
 * hands out typed values. A problem is reported once; the caller gets a neutral value back and
 * goes on, so that one run finds every problem.
 */
final class MappingReader {

    static final Pattern ID = Pattern.compile(KitFormat.ID_PATTERN);
    static final int MAX_ID_LENGTH = 64;
    static final Pattern LANG = Pattern.compile(KitFormat.LANG_PATTERN);
    static final Pattern RATING = Pattern.compile(KitFormat.RATING_PATTERN);

    private final Shape shape;
    private final String context;
    private final Diagnostics diagnostics;
    private final Location location;
    private final Map<String, Node.Entry> entries = new LinkedHashMap<>();
    /** Known keys that an unknown key was taken for a misspelling of, and reported so. */
    private final List<String> misspelt = new ArrayList<>();

    /**
     * @param context how the mapping is named in messages, such as {@code stage 'system-design'}
     */
    MappingReader(Node node, Shape shape, String context, Diagnostics diagnostics) {
        this(node, shape, context, diagnostics, e -> Optional.empty());
    }

    /**
     * @param advice for an unknown key, what to write instead when the shape knows better than a
     *               spelling suggestion (a stage's {@code duration: 45 minutes} is {@code minutes: 45})
     */
    MappingReader(Node node, Shape shape, String context, Diagnostics diagnostics,
                  java.util.function.Function<Node.Entry, Optional<String>> advice) {
        this.shape = shape;
        this.context = context;
        this.diagnostics = diagnostics;
        this.location = node.location();
        if (!(node instanceof Node.Mapping mapping)) {
            diagnostics.error(node.location(), "expected " + shape.name() + " as a mapping with keys "
                    + String.join(", ", requiredKeys()) + ", found " + node.kind());
            return;
        }
        for (Node.Entry e : mapping.entries()) {
            if (shape.field(e.key()).isPresent()) {
                entries.put(e.key(), e);
            } else {
                diagnostics.error(e.keyLocation(), "unknown key '" + UserText.quote(e.key()) + "' in " + context
                        + advice.apply(e).map(a -> "; " + a)
                                .orElseGet(() -> Suggest.hint(e.key(), shape.keys()) + unknownKeyAdvice(e.key())));
                Suggest.closest(e.key(), shape.keys()).ifPresent(misspelt::add);
            }
        }
        for (Field f : shape.fields()) {
            // A misspelt key was reported with its right spelling; "missing" would say it twice.
            if (f.required() && !entries.containsKey(f.key()) && !misspelt.contains(f.key())) {
                diagnostics.error(location, "missing required key '" + f.key() + "' in " + context
                        + "; add '" + f.key() + ":' (" + lowerFirst(f.description()) + ")");
            }
        }
        List<String> given = shape.exclusive().stream().filter(entries::containsKey).toList();
        if (given.size() > 1) {
            diagnostics.error(entries.get(given.get(1)).keyLocation(), context + " gives both '"
                    + String.join("' and '", given) + "'; keep one");
        }
    }

    private String unknownKeyAdvice(String key) {
        return Suggest.closest(key, shape.keys()).isPresent() ? ""
                : "; " + shape.name() + " keys are " + String.join(", ", shape.keys());
    }

    private List<String> requiredKeys() {
        return shape.fields().stream().filter(Field::required).map(Field::key).toList();
    }

    Location location() {
        return location;
    }

    /** Whether an unknown key was reported as a misspelling of {@code key}: a rule needing it would say it twice. */
    boolean misspelt(String key) {
        return misspelt.contains(key);
    }

    boolean has(String key) {
        return entries.containsKey(field(key).key());
    }

    Optional<Node.Entry> entry(String key) {
        return Optional.ofNullable(entries.get(field(key).key()));
    }

    /** Where the key itself is written, or the mapping when the key is absent. */
    Location keyLocationOf(String key) {
        return entry(key).map(Node.Entry::keyLocation).orElse(location);
    }

    Location locationOf(String key) {
        return entry(key).map(e -> e.value().location()).orElse(location);
    }

    /** A field the code reads must be declared in {@link KitFormat}; anything else is a kitgen bug. */
    private Field field(String key) {
        return shape.field(key).orElseThrow(() ->
                new IllegalStateException("'" + key + "' is not declared in shape " + shape.name()));
    }

    Optional<Node.Scalar> scalar(String key, String expected) {
        Optional<Node.Entry> e = entry(key);
        if (e.isEmpty()) return Optional.empty();
        Node value = e.get().value();
        if (value instanceof Node.Scalar s && s.type() != Node.Scalar.Type.NULL) {
            return Optional.of(s);
        }
        diagnostics.error(value.location(), "'" + key + "' in " + context + " must be " + expected
                + ", found " + value.kind());
        return Optional.empty();
    }

    /** The text written for {@code key}, if there is one; reports nothing. */
    Optional<Node.Scalar> textScalar(String key) {
        return entry(key).map(Node.Entry::value).filter(v -> v instanceof Node.Scalar s && s.type() == Node.Scalar.Type.STRING)
                .map(Node.Scalar.class::cast);
    }

    String text(String key) {
        return scalar(key, "a text").map(s -> s.value().strip()).orElse("");
    }

    String id(String key) {
        return scalar(key, "an id such as 'system-design'").map(s -> {
            if (!ID.matcher(s.value()).matches()) {
                diagnostics.error(s.location(), "'" + UserText.quote(s.value()) + "' is not a valid id; write lowercase letters, "
                        + "digits and single hyphens, such as '" + UserText.quote(kebab(s.value())) + "'");
            } else if (s.value().length() > MAX_ID_LENGTH) {
                // Ids name output files (scorecard-STAGE.html); most file systems stop at 255 bytes.
                diagnostics.error(s.location(), "id is " + s.value().length() + " characters long; an id has at most "
                        + MAX_ID_LENGTH);
            }
            return s.value();
        }).orElse("");
    }

    String lang(String key) {
        return scalar(key, "a language tag such as 'en' or 'es-MX'").map(s -> {
            if (!LANG.matcher(s.value()).matches()) {
                diagnostics.error(s.location(), "'" + UserText.quote(s.value()) + "' is not a language tag; write one such as 'en', 'es' or 'es-MX'");
            }
            return s.value();
        }).orElse("");
    }

    int integer(String key, int fallback) {
        return scalar(key, "a whole number").map(s -> {
            if (s.type() != Node.Scalar.Type.INTEGER) {
                diagnostics.error(s.location(), "'" + key + "' in " + context + " must be a whole number, found '"
                        + s.value() + "'");
                return fallback;
            }
            try {
                return Integer.parseInt(s.value());
            } catch (NumberFormatException e) {
                diagnostics.error(s.location(), "'" + key + "' in " + context + " is too large: " + s.value());
                return fallback;
            }
        }).orElse(fallback);
    }

    /** A list of ids, written either as {@code [a, b]} or as a single id. */
    List<Node.Scalar> ids(String key) {
        return ids(key, "criterion ids, such as [engineering, mlops]");
    }

    /** @param what what the list holds, for messages, such as {@code track and level ids, such as [sales]} */
    List<Node.Scalar> ids(String key, String what) {
        Optional<Node.Entry> e = entry(key);
        if (e.isEmpty()) return List.of();
        Node value = e.get().value();
        List<Node> items = value instanceof Node.Sequence seq ? seq.items() : List.of(value);
        List<Node.Scalar> ids = new ArrayList<>();
        for (Node item : items) {
            // An id is the text as written, whatever YAML would take it for: 'yes', '010', '1e3'.
            if (item instanceof Node.Scalar s && s.type() != Node.Scalar.Type.NULL) {
                ids.add(s);
            } else {
                diagnostics.error(item.location(), "'" + key + "' in " + context
                        + " must list " + what + "; found " + item.kind());
            }
        }
        return ids;
    }

    boolean bool(String key) {
        return scalar(key, "true or false").map(s -> {
            if (s.type() != Node.Scalar.Type.BOOLEAN) {
                diagnostics.error(s.location(), "'" + key + "' in " + context + " must be true or false, found '"
                        + UserText.quote(s.value()) + "'");
                return false;
            }
            return Boolean.parseBoolean(s.value());
        }).orElse(false);
    }

    String context() {
        return context;
    }

    Optional<Node.Scalar> ref(String key) {
        return scalar(key, "a criterion id");
    }

    /** The items of a list field; each is checked by the caller against the field's shape. */
    List<Node> list(String key) {
        Optional<Node.Entry> e = entry(key);
        if (e.isEmpty()) return List.of();
        Node value = e.get().value();
        if (value instanceof Node.Sequence seq) {
            return seq.items();
        }
        if (value instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL) {
            return List.of();
        }
        String item = field(key).shape().name();
        diagnostics.error(value.location(), "'" + key + "' in " + context + " must be a list of " + item
                + "s, each starting with '- id: ...', found " + value.kind());
        return List.of();
    }

    /** A mapping from rating to text, such as anchors: {@code 1: ..., 4: ...}. */
    Map<Integer, Node.Scalar> ratings(String key) {
        Map<Integer, Node.Scalar> result = new LinkedHashMap<>();
        ratingValues(key).forEach((rating, value) -> {
            if (value instanceof Node.Scalar s) {
                result.put(rating, s);
            } else {
                diagnostics.error(value.location(), "rating " + rating + " in the " + key + " of " + context
                        + " must be a text, found " + value.kind());
            }
        });
        return result;
    }

    /** A mapping from rating to a text, or to a mapping (anchors whose bar differs by track or level). */
    Map<Integer, Node> ratingValues(String key) {
        Map<Integer, Node> result = new LinkedHashMap<>();
        Optional<Node.Entry> e = entry(key);
        if (e.isEmpty()) return result;
        if (!(e.get().value() instanceof Node.Mapping m)) {
            diagnostics.error(e.get().value().location(), "'" + key + "' in " + context
                    + " must map ratings to texts, such as '1: ...' and '4: ...'; found " + e.get().value().kind());
            return result;
        }
        for (Node.Entry r : m.entries()) {
            if (!RATING.matcher(r.key()).matches() || r.key().length() > 9) {
                diagnostics.error(r.keyLocation(), "'" + UserText.quote(r.key()) + "' in the " + key + " of " + context
                        + " is not a rating; write a number such as 1 or 4");
                continue;
            }
            int rating = Integer.parseInt(r.key());
            if (r.value() instanceof Node.Scalar s && s.type() != Node.Scalar.Type.NULL || r.value() instanceof Node.Mapping) {
                result.put(rating, r.value());
            } else {
                diagnostics.error(r.value().location(), "rating " + rating + " in the " + key + " of " + context
                        + " must be a text, found " + r.value().kind());
            }
        }
        return result;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1, s.length() - (s.endsWith(".") ? 1 : 0));
    }

    private static String kebab(String s) {
        String k = s.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return k.isEmpty() ? "my-id" : k;
    }
}
