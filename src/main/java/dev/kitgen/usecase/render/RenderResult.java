package dev.kitgen.usecase.render;

import dev.kitgen.diagnostics.Diagnostic;

import java.nio.file.Path;
import java.util.List;

/** The files a render wrote (or the text it produced for {@code --stdout}) and its warnings. */
public record RenderResult(List<Path> written, String stdout, List<Diagnostic> diagnostics) {
    public RenderResult {
        written = List.copyOf(written);
        diagnostics = List.copyOf(diagnostics);
    }
}
