package dev.kitgen.model;

import java.util.List;

/**
 * One step of the hiring process, in the order candidates go through them. {@code window} is
 * the time a candidate is given for a take-home or trial (its {@code length} is the effort);
 * {@code prepare} and {@code meet} are written to the candidate, for their sheet.
 */
public record Stage(String id, Text title, Text summary, Text runBy, Length length,
                    List<String> assesses, List<Question> questions,
                    StageKind kind, Length window, boolean paid, Text prepare, Text meet) {
    public Stage {
        assesses = List.copyOf(assesses);
        questions = List.copyOf(questions);
    }

    /** An interview, as every stage of a kit was before stages had kinds. */
    public Stage(String id, Text title, Text summary, Text runBy, Length length,
                 List<String> assesses, List<Question> questions) {
        this(id, title, summary, runBy, length, assesses, questions, StageKind.DEFAULT, Length.NONE, false,
                new Text("stages." + id + ".prepare", ""), new Text("stages." + id + ".meet", ""));
    }

    /** The form of this step's scorecard file, or {@link StageKind.Form#NONE} for a step without one. */
    public StageKind.Form form() {
        return kind.form(!assesses.isEmpty());
    }
}
