package dev.kitgen.diagnostics;

/**
 * Text from a kit, a template, a file name or the command line, made safe to print where a
 * person, a terminal or a CI system reads kitgen's messages. Control characters (C0, DEL, C1),
 * line and paragraph separators and invisible format characters (bidi overrides and isolates,
 * zero-width characters) are shown as escapes ({@code \n}, {@code \x1b}, {@code \u202e}), so a
 * message stays one line, cannot move the cursor, retitle a terminal, reorder what is shown or
 * start a line of its own that a CI system would take for a command or a problem.
 */
public final class UserText {

    /** Longest value quoted into a message, in characters, before it is shortened with an ellipsis; an id (64 at most) never is. */
    public static final int MAX_QUOTED = 80;

    private UserText() {}

    /** A value to quote into a message: escaped, and shortened to {@link #MAX_QUOTED} characters. */
    public static String quote(String value) {
        if (value == null) return "";
        String escaped = escape(value);
        if (escaped.codePointCount(0, escaped.length()) <= MAX_QUOTED) return escaped;
        return escaped.substring(0, escaped.offsetByCodePoints(0, MAX_QUOTED - 1)) + "…";
    }

    /**
     * A whole line of output: escaped, and never starting with {@code ::}, which GitHub Actions
     * reads as a workflow command ({@code ::error}, {@code ::add-mask::}).
     */
    public static String line(String text) {
        String escaped = escape(text);
        return escaped.startsWith("::") ? "./" + escaped : escaped;
    }

    /** {@code text} with every character that could act on a terminal or break the line shown as an escape. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            String escape = escapeOf(c);
            if (escape != null && out == null) out = new StringBuilder(text.length() + 8).append(text, 0, i);
            if (out != null) {
                if (escape != null) out.append(escape);
                else out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out == null ? text : out.toString();
    }

    private static String escapeOf(int c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return String.format("\\x%02x", c);
        int type = Character.getType(c);
        if (type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE) {
            return String.format("\\u%04x", c);
        }
        return null;
    }
}
