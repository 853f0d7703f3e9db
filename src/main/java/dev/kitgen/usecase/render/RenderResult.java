package dev.kitgen.usecase.render;

import dev.kitgen.diagnostics.Diagnostic;

import java.nio.file.Path;
import java.util.List;

/**
 * The files a render wrote (or the text it produced for {@code --stdout}), the files it did not
 * write because their document failed (their previous version, if any, is left as it was), and
 * its problems.
 */
public record RenderResult(List<Path> written, List<Path> skipped, String stdout, List<Diagnostic> diagnostics) {
    public RenderResult {
        written = List.copyOf(written);
        skipped = List.copyOf(skipped);
        diagnostics = List.copyOf(diagnostics);
    }
}
