package dev.kitgen.model;

import java.util.List;

/** A question an interviewer asks, what a good answer contains, and the criteria it informs. */
public record Question(String id, Text ask, Text listenFor, List<String> assesses) {
    public Question {
        assesses = List.copyOf(assesses);
    }
}
