package dev.kitgen.load;

import dev.kitgen.diagnostics.Location;

import java.util.List;
import java.util.Optional;

/**
 * A YAML value with the place it was written. Kits are validated on this tree rather than
 * bound straight to records, so that every problem points at the key or value at fault.
 */
public sealed interface Node {

    Location location();

    /** What a user would call this kind of value in an error message. */
    String kind();

    /**
     * A single value; {@code value} is null only for {@link Type#NULL}. {@code joinedLines}: a
     * text written over several lines that YAML joined into one (a folded block, {@code >}, or
     * a plain or quoted text that goes on below its key), as opposed to a literal block ({@code |}).
     */
    record Scalar(Location location, String value, Type type, boolean joinedLines) implements Node {
        public enum Type { STRING, INTEGER, NUMBER, BOOLEAN, NULL }

        public Scalar(Location location, String value, Type type) {
            this(location, value, type, false);
        }

        public String kind() {
            return switch (type) {
                case STRING -> "a text";
                case INTEGER, NUMBER -> "a number";
                case BOOLEAN -> "true/false";
                case NULL -> "nothing";
            };
        }
    }

    record Sequence(Location location, List<Node> items) implements Node {
        public String kind() {
            return "a list";
        }
    }

    record Mapping(Location location, List<Entry> entries) implements Node {
        public String kind() {
            return "a mapping";
        }

        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }
    }

    /** A mapping entry; {@code keyLocation} is where the key itself was written. */
    record Entry(String key, Location keyLocation, Node value) {}
}
