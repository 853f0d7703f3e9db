package dev.kitgen.model;

import java.util.List;

/** One step of the hiring process, in the order candidates go through them. */
public record Stage(String id, Text title, Text summary, Text runBy, Length length,
                    List<String> assesses, List<Question> questions) {
    public Stage {
        assesses = List.copyOf(assesses);
        questions = List.copyOf(questions);
    }
}
