package dev.kitgen.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.IoMessages;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.Location;
import dev.kitgen.diagnostics.UserText;
import dev.kitgen.files.FolderFile;
import dev.kitgen.files.Utf8;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one YAML file into a {@link Node} tree with source positions, within fixed resource
 * limits: kits come from pull requests, so a file may be hostile. Every limit is checked here,
 * where the position of the offending token is known, so that each problem is reported as
 * {@code file:line:col}; the limits set on SnakeYAML and Jackson are backstops a little above them.
 */
public final class YamlLoader {

    /** Largest kit or translation file read, in bytes. */
    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    /**
     * Longest line, in characters. SnakeYAML copies its read buffer once per 1,024 characters of
     * an unfinished token, so a file-long line costs time quadratic in its length (a 2 MiB line:
     * seconds and hundreds of MiB); prose wraps long before this.
     */
    public static final int MAX_LINE_CHARS = 20_000;
    /** Deepest nesting of lists and mappings. */
    public static final int MAX_DEPTH = 64;
    /** Most aliases ({@code *name}) in one file; kits rarely need them, so this mostly stops alias bombs. */
    public static final int MAX_ALIASES = 50;
    /**
     * Most values in one file once aliases are expanded (the shipped kit has about 400). With
     * {@link #MAX_ALIASES} alone, 50 aliases that each repeat the one before still expand to 2^50.
     */
    public static final int MAX_VALUES = 100_000;

    private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";

    private final YAMLFactory factory;

    public YamlLoader() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH + 2);
        options.setCodePointLimit(MAX_FILE_BYTES + 1);
        options.setAllowRecursiveKeys(false);
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH + 2)
                        .maxStringLength(MAX_FILE_BYTES)
                        .build())
                .build();
    }

    /** The configured factory, for tests that check the library limits on their own. */
    YAMLFactory factory() {
        return factory;
    }

    /**
     * Loads {@code file}, naming it {@code displayName} in every location. A file that is not
     * valid YAML, or breaks a limit, is reported through {@code diagnostics} and yields empty.
     */
    public Optional<Node> load(FolderFile file, String displayName, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            if (file.size() > MAX_FILE_BYTES) {
                diagnostics.error(start(displayName), tooLarge());
                return Optional.empty();
            }
            try (InputStream in = file.open()) {
                // A file that grows after the size check still stops at the limit.
                bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            }
        } catch (IOException e) {
            diagnostics.error(start(displayName), "cannot read file: " + IoMessages.describe(e));
            return Optional.empty();
        }
        return parse(bytes, displayName, diagnostics);
    }

    public Optional<Node> parse(byte[] bytes, String displayName, Diagnostics diagnostics) {
        if (bytes.length > MAX_FILE_BYTES) {
            diagnostics.error(start(displayName), tooLarge());
            return Optional.empty();
        }
        Optional<String> decoded = decode(bytes, displayName, diagnostics);
        if (decoded.isEmpty()) return Optional.empty();
        String text = decoded.get();
        YAMLParser parser = null;
        try {
            parser = factory.createParser(text);
            JsonToken first = parser.nextToken();
            if (first == null) {
                diagnostics.error(start(displayName), "file is empty; expected a mapping such as 'kit: 1'");
                return Optional.empty();
            }
            Node root = new TreeBuilder(parser, displayName, text, diagnostics).read(1);
            if (parser.nextToken() != null) {
                diagnostics.error(here(parser, displayName), "a second YAML document ('---') in one file; "
                        + "a kit file holds one document: remove the '---' and what follows, or merge it into the first");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (KitgenException e) {
            e.diagnostics().forEach(diagnostics::add);
        } catch (IOException | RuntimeException e) {
            // SnakeYAML signals limits and some syntax errors with unchecked exceptions.
            diagnostics.error(locate(e, parser, displayName, text), describe(e));
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // Reading from a string: nothing to release.
                }
            }
        }
        return Optional.empty();
    }

    private static Location start(String file) {
        return new Location(file, 1, 1);
    }

    private static String tooLarge() {
        return "file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB; a kit file must be smaller "
                + "(split long texts, or move material out of the kit)";
    }

    /** Strict UTF-8, with the place of the first bad byte; also enforces {@link #MAX_LINE_CHARS}. */
    private static Optional<String> decode(byte[] bytes, String file, Diagnostics diagnostics) {
        String decoded;
        Utf8.Malformed malformed = null;
        try {
            decoded = Utf8.decode(bytes);
        } catch (Utf8.Malformed e) {
            // The lines before the bad byte are still checked: one too long there is reported first.
            malformed = e;
            decoded = e.before();
        }
        int bom = decoded.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        int lineStart = bom;
        for (int feed = decoded.indexOf('\n', bom); ; feed = decoded.indexOf('\n', lineStart)) {
            int lineEnd = feed < 0 ? decoded.length() : feed;
            if (lineEnd - lineStart > MAX_LINE_CHARS) {
                diagnostics.error(new Location(file, line, MAX_LINE_CHARS + 1), "line is longer than "
                        + MAX_LINE_CHARS + " characters; break it (a '>-' block joins its lines back into one text)");
                return Optional.empty();
            }
            if (feed < 0) break;
            line++;
            lineStart = feed + 1;
        }
        if (malformed != null) {
            // The parser never sees the byte-order mark, so its columns do not count it: nor do these.
            int column = malformed.line() == 1 ? malformed.column() - bom : malformed.column();
            diagnostics.error(new Location(file, malformed.line(), column),
                    "file is not valid UTF-8 (byte " + (malformed.getInputLength() == 1 ? "" : "sequence ")
                            + "at this place); save the file as UTF-8");
            return Optional.empty();
        }
        return Optional.of(decoded.substring(bom));
    }

    private static Location here(YAMLParser parser, String file) {
        JsonLocation l = parser.currentTokenLocation();
        return new Location(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    private static Location locate(Exception e, YAMLParser parser, String file, String text) {
        // SnakeYAML's own mark first: Jackson wraps it with the place of the last good token.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                return new Location(file, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1);
            }
            if (t instanceof ReaderException r) {
                return at(text, r.getPosition(), file);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException j && j.getLocation() != null && j.getLocation().getLineNr() > 0) {
                return new Location(file, j.getLocation().getLineNr(), Math.max(1, j.getLocation().getColumnNr()));
            }
        }
        return parser == null ? start(file) : here(parser, file);
    }

    /** The line and column of the {@code codePoints}-th code point of {@code text}. */
    private static Location at(String text, int codePoints, String file) {
        int line = 1;
        int column = 1;
        int end = text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(file, line, column);
    }

    private static String describe(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                String problem = m.getProblem() == null ? "invalid YAML" : m.getProblem();
                String context = m.getContext() == null ? "" : " (" + m.getContext() + ")";
                return "YAML syntax: " + problem + context + tabHint(problem);
            }
            if (t instanceof ReaderException r) {
                return String.format("character U+%04X is not allowed in a YAML file; remove it", r.getCodePoint());
            }
        }
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (msg.contains("Number of aliases")) {
            return tooManyAliases();
        }
        if (msg.contains("nesting depth") || msg.contains("Nesting Depth")) {
            return tooDeep();
        }
        if (msg.contains("code point limit") || msg.contains("String value length")) {
            return tooLarge();
        }
        if (msg.contains("Expected a field name")) {
            return "a key must be a plain word such as 'title', not a list or mapping";
        }
        int cut = msg.indexOf("\n at [Source");
        return "YAML: " + (cut > 0 ? msg.substring(0, cut) : msg).strip();
    }

    private static String tooManyAliases() {
        return "more than " + MAX_ALIASES + " aliases ('*name'); write the values out instead";
    }

    private static String tooDeep() {
        return "nesting is deeper than " + MAX_DEPTH + " levels; a kit needs no more than 6";
    }

    private static String tabHint(String problem) {
        return problem.contains("\\t") || problem.contains("tab")
                ? "; indent with spaces, not tabs" : "";
    }

    /** How a tag is written in YAML: {@code !!java.net.URL}, not its expanded URI. */
    private static String shownTag(String tag) {
        return tag.startsWith(YAML_TAG_PREFIX) ? "!!" + tag.substring(YAML_TAG_PREFIX.length())
                : tag.startsWith("!") ? tag : "!" + tag;
    }

    /**
     * Builds the tree from Jackson's token stream, which carries the position of every token.
     * Jackson's streaming parser does not expand aliases (it hands back {@code *name} as the text
     * "name"), so anchors and aliases are resolved here, within {@link #MAX_ALIASES} and
     * {@link #MAX_VALUES}. An alias shares its anchor's node, so expansion costs no memory.
     */
    private static final class TreeBuilder {
        private final YAMLParser parser;
        private final String file;
        private final Diagnostics diagnostics;
        /** The file's text, and where each of its lines starts (found when first needed). */
        private final String text;
        private int[] lineStarts;
        private final Map<String, Anchored> anchors = new HashMap<>();
        private int aliases;
        /** Values read so far, with every alias counted as the values it stands for. */
        private long values;

        private record Anchored(Node node, long values) {}

        TreeBuilder(YAMLParser parser, String file, String text, Diagnostics diagnostics) {
            this.parser = parser;
            this.text = text;
            this.file = file;
            this.diagnostics = diagnostics;
        }

        private Location here() {
            return YamlLoader.here(parser, file);
        }

        Node read(int depth) throws IOException {
            Location at = here();
            if (parser.isCurrentAlias()) {
                return alias(parser.getText(), at);
            }
            String tag = parser.getTypeId();
            if (tag != null) {
                throw new KitgenException(at, "YAML tags such as '" + UserText.quote(shownTag(tag))
                        + "' are not allowed in a kit; remove the tag and write the value as plain text");
            }
            String anchor = parser.getObjectId();
            long before = values;
            Node node = value(depth, at);
            if (anchor != null) {
                anchors.put(anchor, new Anchored(node, values - before));
            }
            return node;
        }

        private Node alias(String name, Location at) {
            Anchored target = anchors.get(name);
            if (target == null) {
                // Jackson drops the anchors of single values, so only lists and mappings can be aliased.
                throw new KitgenException(at, "alias '*" + name + "' refers to no list or mapping anchored as '&"
                        + name + "' before it; write the value out instead");
            }
            if (++aliases > MAX_ALIASES) {
                throw new KitgenException(at, tooManyAliases());
            }
            count(target.values(), at);
            return target.node();
        }

        /**
         * Whether YAML joined the lines of the text that starts at {@code at}: it spans several
         * lines and is not a literal block ({@code |}), which alone keeps them.
         */
        private boolean joinedLines(Location at) {
            if (parser.currentLocation().getLineNr() <= at.line()) return false;
            if (lineStarts == null) {
                int[] starts = new int[16];
                int lines = 0;
                for (int start = 0; ; ) {
                    if (lines == starts.length) starts = Arrays.copyOf(starts, lines * 2);
                    starts[lines++] = start;
                    int feed = text.indexOf('\n', start);
                    if (feed < 0) break;
                    start = feed + 1;
                }
                lineStarts = Arrays.copyOf(starts, lines);
            }
            int index = at.line() <= lineStarts.length ? lineStarts[at.line() - 1] + at.column() - 1 : -1;
            return index < 0 || index >= text.length() || text.charAt(index) != '|';
        }

        private void count(long n, Location at) {
            values += n;
            if (values > MAX_VALUES) {
                throw new KitgenException(at, aliases > 0
                        ? "aliases expand to more than " + MAX_VALUES + " values (an alias bomb?); write the values out instead"
                        : "more than " + MAX_VALUES + " values in one file; a kit has a few hundred");
            }
        }

        private Node value(int depth, Location at) throws IOException {
            count(1, at);
            JsonToken token = parser.currentToken();
            if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth > MAX_DEPTH) {
                throw new KitgenException(at, tooDeep());
            }
            switch (token) {
                case START_OBJECT -> {
                    List<Node.Entry> entries = new ArrayList<>();
                    Map<String, Location> seen = new HashMap<>();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String key = parser.currentName();
                        Location keyAt = here();
                        parser.nextToken();
                        Node value = read(depth + 1);
                        Location first = seen.putIfAbsent(key, keyAt);
                        if (first != null) {
                            diagnostics.error(keyAt, "duplicate key '" + key + "' (first written at line "
                                    + first.line() + "); keep only one");
                        } else {
                            entries.add(new Node.Entry(key, keyAt, value));
                        }
                    }
                    return new Node.Mapping(at, List.copyOf(entries));
                }
                case START_ARRAY -> {
                    List<Node> items = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        items.add(read(depth + 1));
                    }
                    return new Node.Sequence(at, List.copyOf(items));
                }
                case VALUE_NULL -> {
                    return new Node.Scalar(at, null, Node.Scalar.Type.NULL);
                }
                case VALUE_NUMBER_INT -> {
                    return new Node.Scalar(at, parser.getText(), Node.Scalar.Type.INTEGER);
                }
                case VALUE_NUMBER_FLOAT -> {
                    return new Node.Scalar(at, parser.getText(), Node.Scalar.Type.NUMBER);
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return new Node.Scalar(at, parser.getText(), Node.Scalar.Type.BOOLEAN);
                }
                default -> {
                    return new Node.Scalar(at, parser.getText(), Node.Scalar.Type.STRING, joinedLines(at));
                }
            }
        }
    }
}
