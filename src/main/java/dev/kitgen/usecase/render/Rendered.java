package dev.kitgen.usecase.render;

import dev.kitgen.diagnostics.Diagnostic;
import dev.kitgen.write.OutputFile;

import java.util.List;

/** A job's outcome: its document, or the problems that kept it from rendering (then {@code output} is null). */
record Rendered(Job job, OutputFile output, List<Diagnostic> problems) {
    Rendered {
        problems = List.copyOf(problems);
    }
}
