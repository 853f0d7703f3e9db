package dev.kitgen.model;

import java.util.List;

/** One thing to look for in a candidate; {@code weight} says how much it counts (1 by default). */
public record Criterion(String id, Text title, Text detail, int weight, List<Anchor> anchors) {
    public Criterion {
        anchors = List.copyOf(anchors);
    }
}
