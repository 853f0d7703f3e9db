package dev.kitgen.cli;

import dev.kitgen.diagnostics.UserText;

import java.io.PrintWriter;
import java.util.List;

/**
 * Columns aligned with two spaces between them, the first row a header; no trailing spaces.
 * Cells may hold text from kits (a role's name), so each is neutralised.
 */
final class Table {

    static void print(List<String[]> raw, PrintWriter out) {
        List<String[]> rows = raw.stream()
                .map(row -> java.util.Arrays.stream(row).map(UserText::escape).toArray(String[]::new)).toList();
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(row[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(widths[i] - row[i].codePointCount(0, row[i].length()) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private Table() {}
}
