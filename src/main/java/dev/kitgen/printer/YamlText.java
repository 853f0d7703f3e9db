package dev.kitgen.printer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes YAML by hand where kitgen keeps comments beside values (translation skeletons). */
public final class YamlText {

    /** Longest line kitgen writes before it folds a text or a comment. */
    public static final int WIDTH = 88;

    /** Plain scalars that YAML 1.1 readers would take for something other than text. */
    private static final Set<String> RESERVED = Set.of("y", "yes", "n", "no", "true", "false", "on", "off", "null");
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}¿¡][^\\t\\n]*");
    private static final Pattern NUMBER = Pattern.compile("[-+.0-9eE_:]+");

    /**
     * {@code key: value} at {@code indent} spaces, the value plain when YAML reads it back as the
     * same text, folded ({@code >-}) when long, double-quoted otherwise.
     */
    public static String entry(int indent, String key, String value) {
        String pad = " ".repeat(indent);
        String head = pad + key + ": ";
        if (value.isEmpty()) return head + "\"\"\n";
        boolean oneLine = value.indexOf('\n') < 0 && value.indexOf('\t') < 0;
        if (oneLine && head.length() + value.length() > WIDTH && foldable(value)) {
            StringBuilder out = new StringBuilder(pad).append(key).append(": >-\n");
            for (String line : wrap(value, WIDTH - indent - 2)) {
                out.append(pad).append("  ").append(line).append('\n');
            }
            return out.toString();
        }
        return head + (plain(value) ? value : quoted(value)) + "\n";
    }

    /** Comment lines {@code # label: text}, wrapped, continuation lines indented under the text. */
    public static String comment(int indent, String label, String text) {
        String pad = " ".repeat(indent);
        String first = "# " + label + ": ";
        String more = "#" + " ".repeat(first.length() - 1);
        StringBuilder out = new StringBuilder();
        List<String> lines = wrap(text.replace('\n', ' ').replace('\t', ' '), Math.max(20, WIDTH - indent - first.length()));
        for (int i = 0; i < lines.size(); i++) {
            out.append(pad).append(i == 0 ? first : more).append(lines.get(i)).append('\n');
        }
        return out.toString();
    }

    static boolean plain(String value) {
        return PLAIN.matcher(value).matches()
                && !value.contains(": ") && !value.contains(" #") && !value.endsWith(":") && !value.endsWith(" ")
                && !RESERVED.contains(value.toLowerCase(Locale.ROOT)) && !NUMBER.matcher(value).matches();
    }

    /** Folding joins lines with single spaces: safe only for text without runs of spaces or edge spaces. */
    private static boolean foldable(String value) {
        return !value.contains("  ") && value.equals(value.strip());
    }

    static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\x%02x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    /** Greedy wrap at single spaces; a word longer than the width stands on its own line. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private YamlText() {}
}
