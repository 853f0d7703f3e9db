package dev.kitgen.model;

import java.util.List;

/**
 * One thing to look for in a candidate; {@code weight} says how much it counts (1 by default),
 * {@code only} the tracks and levels it is looked for in.
 */
public record Criterion(String id, Text title, Text detail, int weight, List<Anchor> anchors, Only only) {
    public Criterion {
        anchors = List.copyOf(anchors);
    }

    public Criterion(String id, Text title, Text detail, int weight, List<Anchor> anchors) {
        this(id, title, detail, weight, anchors, Only.ALL);
    }
}
