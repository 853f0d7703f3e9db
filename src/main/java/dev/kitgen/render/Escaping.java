package dev.kitgen.render;

import java.util.regex.Pattern;

/**
 * Escapes kit text for the format it lands in, so that text from YAML never becomes markup:
 * {@code <script>} stays text in HTML, and a leading {@code #} or a {@code |} in a table cell
 * stays text in Markdown.
 */
public final class Escaping {

    /** A line break with the spaces around it, which {@link #markdown} makes one space. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*[\\r\\n]+\\s*");

    public static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Characters XML 1.0 does not allow are dropped: the PDF renderer parses the page
                    // as XHTML. Control characters, U+FFFE and U+FFFF ("\uFFFE" in a quoted YAML
                    // string), and half of a surrogate pair ("\uD800") are all text kits can carry.
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') continue;
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                        continue;
                    }
                    if (Character.isSurrogate(c)) continue;
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /**
     * Markdown text that renders as the same characters wherever it is placed: in a paragraph, a
     * list item, a heading or a table cell. Line breaks become spaces, since a template decides
     * where lines end; characters that GitHub-flavoured Markdown reads as structure are
     * backslash-escaped, and a character that only matters at the start of a line is escaped there.
     */
    public static String markdown(String text) {
        String stripped = text.strip();
        // Most texts are one line: no pattern to run over them.
        boolean oneLine = stripped.indexOf('\n') < 0 && stripped.indexOf('\r') < 0;
        return markdownText(oneLine ? stripped : LINE_BREAK.matcher(stripped).replaceAll(" "), true);
    }

    /**
     * A piece of one line of Markdown that renders as the same characters: as
     * {@link #markdown(String)}, but kept as it is around its ends (it sits between other pieces,
     * such as emphasis), and what matters only at the start of a line escaped only when
     * {@code lineStart}.
     */
    static String markdownText(String line, boolean lineStart) {
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&' -> out.append('\\').append(c);
                case '#', '+', '-', '=', '!' -> {
                    if (i == 0 && lineStart || c == '#' && i > 0 && closesHeading(line, i)) out.append('\\');
                    out.append(c);
                }
                // A tab is a space to a reader; dropping it, as other control characters are, joins words.
                case '\t' -> out.append(' ');
                default -> {
                    if (c < 0x20) continue;
                    out.append(c);
                }
            }
        }
        // "1. text" at the start of a line would begin an ordered list.
        if (!lineStart) return out.toString();
        int digits = 0;
        while (digits < out.length() && Character.isDigit(out.charAt(digits))) digits++;
        if (digits > 0 && digits < out.length() && (out.charAt(digits) == '.' || out.charAt(digits) == ')')) {
            out.insert(digits, '\\');
        }
        return out.toString();
    }

    /** In a heading, a run of '#' after a space at the end of the line closes it and is not shown. */
    private static boolean closesHeading(String line, int i) {
        if (line.charAt(i - 1) != ' ') return false;
        for (int j = i; j < line.length(); j++) {
            if (line.charAt(j) != '#') return false;
        }
        return true;
    }

    private Escaping() {}
}
