package dev.kitgen.model;

import java.util.List;

/**
 * The ratings an interviewer gives each criterion, 1 to {@code points}. Without labels of its
 * own, a kit uses the UI catalog's labels for its language.
 */
public record RatingScale(int points, List<Text> labels) {
    public static final int DEFAULT_POINTS = 4;
    public static final RatingScale DEFAULT = new RatingScale(DEFAULT_POINTS, List.of());

    public RatingScale {
        labels = List.copyOf(labels);
    }

    public boolean hasOwnLabels() {
        return !labels.isEmpty();
    }

    public boolean contains(int rating) {
        return rating >= 1 && rating <= points;
    }
}
