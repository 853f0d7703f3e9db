package dev.kitgen.model;

import java.util.List;

/**
 * One step of the hiring process, in the order candidates go through them. {@code window} is
 * the time a candidate is given for a take-home or trial (its {@code length} is the effort);
 * {@code prepare} and {@code meet} are written to the candidate, for their sheet. {@code only}
 * limits it to some tracks and levels; stages that share a {@code oneOf} id, written one after
 * the other, are alternatives of which a candidate takes one ("take-home or live coding");
 * empty for a stage every candidate takes.
 */
public record Stage(String id, Text title, Text summary, Text runBy, Length length,
                    List<String> assesses, List<Question> questions,
                    StageKind kind, Length window, boolean paid, Text prepare, Text meet,
                    Only only, String oneOf) {
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

    /** A stage of every track and level, and no alternative. */
    public Stage(String id, Text title, Text summary, Text runBy, Length length,
                 List<String> assesses, List<Question> questions,
                 StageKind kind, Length window, boolean paid, Text prepare, Text meet) {
        this(id, title, summary, runBy, length, assesses, questions, kind, window, paid, prepare, meet, Only.ALL, "");
    }

    /** This stage as a path sees it: {@code assesses}, {@code questions}, {@code only} and {@code oneOf} replaced. */
    public Stage along(List<String> assesses, List<Question> questions, Only only, String oneOf) {
        return new Stage(id, title, summary, runBy, length, assesses, questions, kind, window, paid, prepare, meet,
                only, oneOf);
    }

    /** The form of this step's scorecard file, or {@link StageKind.Form#NONE} for a step without one. */
    public StageKind.Form form() {
        return kind.form(!assesses.isEmpty());
    }
}
