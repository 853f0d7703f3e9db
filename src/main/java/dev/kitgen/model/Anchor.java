package dev.kitgen.model;

/**
 * What a given rating of a criterion looks like in a candidate's answers; {@code only} limits it
 * to some tracks or levels, where the bar differs (a 4 at staff level is not a 4 at mid level).
 */
public record Anchor(int rating, Text text, Only only) {

    public Anchor(int rating, Text text) {
        this(rating, text, Only.ALL);
    }
}
