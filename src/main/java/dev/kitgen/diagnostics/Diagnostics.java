package dev.kitgen.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem of a run so that all are reported at once, sorted by file and line. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public void error(Location at, String message) {
        items.add(Diagnostic.error(at, message));
    }

    public void warning(Location at, String message) {
        items.add(Diagnostic.warning(at, message));
    }

    public void add(Diagnostic d) {
        items.add(d);
    }

    public void addAll(Diagnostics other) {
        items.addAll(other.items);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        Collections.sort(copy);
        return List.copyOf(copy);
    }
}
