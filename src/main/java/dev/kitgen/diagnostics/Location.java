package dev.kitgen.diagnostics;

/** A place in a source file, as a user would type it into an editor: 1-based line and column. */
public record Location(String file, int line, int column) implements Comparable<Location> {

    public static Location ofFile(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public int compareTo(Location o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
