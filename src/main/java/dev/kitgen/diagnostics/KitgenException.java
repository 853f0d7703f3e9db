package dev.kitgen.diagnostics;

import java.util.List;

/**
 * A user's mistake (bad YAML, an unknown role, a broken template), as opposed to a bug.
 * It carries the located problems; the CLI prints them and maps the exception to exit code 1.
 */
public class KitgenException extends RuntimeException {
    private final List<Diagnostic> diagnostics;

    public KitgenException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "failed" : diagnostics.get(0).toString());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public KitgenException(Location at, String message) {
        this(List.of(Diagnostic.error(at, message)));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
