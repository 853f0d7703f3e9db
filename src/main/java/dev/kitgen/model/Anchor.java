package dev.kitgen.model;

/** What a given rating of a criterion looks like in a candidate's answers. */
public record Anchor(int rating, Text text) {}
