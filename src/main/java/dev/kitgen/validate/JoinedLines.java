package dev.kitgen.validate;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.UserText;
import dev.kitgen.load.Node;

import java.util.regex.Pattern;

/**
 * A text whose lines YAML joined (a folded block, {@code >-}, or a text that goes on below its key)
 * and that reads like a list: its items were lines, and are now one run-on line. A warning with
 * the fix: a literal block, {@code |}, keeps the lines, and with them the Markdown list.
 */
final class JoinedLines {

    /** Two list markers within one line: " - a - b", "1. a 2. b". */
    private static final Pattern TWO_ITEMS = Pattern.compile(
            "(^|\\s)([-*+]|\\d{1,3}[.)])\\s+\\S[^\\n]*?\\s([-*+]|\\d{1,3}[.)])\\s+\\S");

    static void check(Node.Scalar text, String key, Diagnostics diagnostics) {
        if (!text.joinedLines() || text.value() == null || !TWO_ITEMS.matcher(text.value()).find()) return;
        diagnostics.warning(text.location(), "'" + UserText.quote(key) + "' reads like a list, but YAML joined its lines "
                + "into one ('" + UserText.quote(text.value().strip()) + "'); write it as a literal block, '"
                + UserText.quote(key) + ": |', with each item on a line of its own");
    }

    private JoinedLines() {}
}
