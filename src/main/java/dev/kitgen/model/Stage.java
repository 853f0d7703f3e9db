package dev.kitgen.model;

import java.util.List;

/**
 * One step of the hiring process, in the order candidates go through them. {@code only} limits
 * it to some tracks and levels; stages that share a {@code oneOf} id, written one after the
 * other, are alternatives of which a candidate takes one ("take-home or live coding"); empty
 * for a stage every candidate takes.
 */
public record Stage(String id, Text title, Text summary, Text runBy, Length length,
                    List<String> assesses, List<Question> questions, Only only, String oneOf) {
    public Stage {
        assesses = List.copyOf(assesses);
        questions = List.copyOf(questions);
    }

    public Stage(String id, Text title, Text summary, Text runBy, Length length,
                 List<String> assesses, List<Question> questions) {
        this(id, title, summary, runBy, length, assesses, questions, Only.ALL, "");
    }

    /** This stage as a path sees it: {@code assesses}, {@code questions}, {@code only} and {@code oneOf} replaced. */
    public Stage along(List<String> assesses, List<Question> questions, Only only, String oneOf) {
        return new Stage(id, title, summary, runBy, length, assesses, questions, only, oneOf);
    }
}
