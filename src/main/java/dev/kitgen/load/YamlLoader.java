package dev.kitgen.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.Location;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one YAML file into a {@link Node} tree with source positions, within fixed resource
 * limits: kits come from pull requests, so a file may be hostile.
 */
public final class YamlLoader {

    /** Largest kit or translation file read, in bytes. */
    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    /** Deepest nesting of lists and mappings. */
    public static final int MAX_DEPTH = 64;
    /** Most aliases ({@code *name}) in one file; kits have no use for them, so this only stops alias bombs. */
    public static final int MAX_ALIASES = 50;

    private final YAMLFactory factory;

    public YamlLoader() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_FILE_BYTES);
        options.setAllowRecursiveKeys(false);
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_FILE_BYTES)
                        .build())
                .build();
    }

    /**
     * Loads {@code file}, naming it {@code displayName} in every location. A file that is not
     * valid YAML, too large or too deep is reported through {@code diagnostics} and yields empty.
     */
    public java.util.Optional<Node> load(Path file, String displayName, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                diagnostics.error(Location.ofFile(displayName),
                        "file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB; a kit file must be smaller");
                return java.util.Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            }
        } catch (IOException e) {
            diagnostics.error(Location.ofFile(displayName), "cannot read file: " + e.getMessage());
            return java.util.Optional.empty();
        }
        return parse(bytes, displayName, diagnostics);
    }

    public java.util.Optional<Node> parse(byte[] bytes, String displayName, Diagnostics diagnostics) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            diagnostics.error(Location.ofFile(displayName), "file is not valid UTF-8; save it as UTF-8");
            return java.util.Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (YAMLParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                diagnostics.error(new Location(displayName, 1, 1), "file is empty; expected a mapping such as 'kit: 1'");
                return java.util.Optional.empty();
            }
            Node root = new TreeBuilder(parser, displayName, diagnostics).read(0);
            return java.util.Optional.of(root);
        } catch (KitgenException e) {
            e.diagnostics().forEach(diagnostics::add);
        } catch (JsonProcessingException e) {
            diagnostics.error(locate(e, displayName), describe(e));
        } catch (IOException | RuntimeException e) {
            // SnakeYAML signals limits and some syntax errors with unchecked exceptions.
            diagnostics.error(locate(e, displayName), describe(e));
        }
        return java.util.Optional.empty();
    }

    private static Location locate(Exception e, String file) {
        // SnakeYAML's mark is the character at fault. Jackson wraps that exception in one of its
        // own whose location is where the last token started, so the mark is looked for first.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                return new Location(file, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException j && j.getLocation() != null && j.getLocation().getLineNr() > 0) {
                return new Location(file, j.getLocation().getLineNr(), Math.max(1, j.getLocation().getColumnNr()));
            }
        }
        return new Location(file, 1, 1);
    }

    private static String describe(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                String problem = m.getProblem() == null ? "invalid YAML" : m.getProblem();
                String context = m.getContext() == null ? "" : " (" + m.getContext() + ")";
                return "YAML syntax: " + problem + context + tabHint(problem);
            }
        }
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (msg.contains("Number of aliases")) {
            return "too many aliases (at most " + MAX_ALIASES + "); write the values out instead of using '*alias'";
        }
        if (msg.contains("nesting depth") || msg.contains("Nesting Depth")) {
            return "nesting is deeper than " + MAX_DEPTH + " levels";
        }
        if (msg.contains("code point limit")) {
            return "file is larger than the limit of " + MAX_FILE_BYTES + " characters";
        }
        int cut = msg.indexOf("\n at [Source");
        return "YAML: " + (cut > 0 ? msg.substring(0, cut) : msg).strip();
    }

    private static String tabHint(String problem) {
        return problem.contains("\\t") || problem.contains("tab")
                ? "; indent with spaces, not tabs" : "";
    }

    /** Builds the tree from Jackson's token stream, which carries the position of every token. */
    private static final class TreeBuilder {
        private final YAMLParser parser;
        private final String file;
        private final Diagnostics diagnostics;

        TreeBuilder(YAMLParser parser, String file, Diagnostics diagnostics) {
            this.parser = parser;
            this.file = file;
            this.diagnostics = diagnostics;
        }

        private Location here() {
            JsonLocation l = parser.currentTokenLocation();
            return new Location(file, l.getLineNr(), l.getColumnNr());
        }

        Node read(int depth) throws IOException {
            JsonToken token = parser.currentToken();
            Location at = here();
            if (parser.getTypeId() != null) {
                throw new KitgenException(at, "YAML tags such as '!" + parser.getTypeId()
                        + "' are not allowed in a kit; remove the tag");
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
                    return new Node.Scalar(at, parser.getText(), Node.Scalar.Type.STRING);
                }
            }
        }
    }
}
