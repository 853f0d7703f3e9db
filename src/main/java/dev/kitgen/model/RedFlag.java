package dev.kitgen.model;

/** A warning sign; {@code criterion} is the id of the criterion it bears on, or empty. */
public record RedFlag(String id, Text text, String criterion) {}
