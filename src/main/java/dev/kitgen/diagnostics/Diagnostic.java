package dev.kitgen.diagnostics;

import java.util.Comparator;

/** One problem found in a kit, a translation or a template, with the place it was found. */
public record Diagnostic(Severity severity, Location location, String message) implements Comparable<Diagnostic> {

    public enum Severity {
        ERROR, WARNING;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::location)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(Location at, String message) {
        return new Diagnostic(Severity.ERROR, at, message);
    }

    public static Diagnostic warning(Location at, String message) {
        return new Diagnostic(Severity.WARNING, at, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Diagnostic o) {
        return ORDER.compare(this, o);
    }

    /**
     * The form editors and CI problem matchers read: {@code path:line:col: error: message}, on
     * one line, with whatever a kit or a file name put into it neutralised ({@link UserText}).
     */
    @Override
    public String toString() {
        return UserText.line(location + ": " + severity.label() + ": " + message);
    }
}
