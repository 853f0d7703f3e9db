package dev.kitgen.model;

import java.util.List;

/**
 * A question an interviewer asks, what a good answer contains, the criteria it informs, and
 * the tracks and levels it is asked in.
 */
public record Question(String id, Text ask, Text listenFor, List<String> assesses, Only only) {
    public Question {
        assesses = List.copyOf(assesses);
    }

    public Question(String id, Text ask, Text listenFor, List<String> assesses) {
        this(id, ask, listenFor, assesses, Only.ALL);
    }
}
