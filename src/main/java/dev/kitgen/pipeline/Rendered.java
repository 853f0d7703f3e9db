package dev.kitgen.pipeline;

import dev.kitgen.diagnostics.Diagnostic;
import dev.kitgen.write.Output;

import java.util.List;

/** A job's outcome: its document, or the problems that kept it from rendering (then {@code output} is null). */
record Rendered(Job job, Output output, List<Diagnostic> problems) {
    Rendered {
        problems = List.copyOf(problems);
    }
}
