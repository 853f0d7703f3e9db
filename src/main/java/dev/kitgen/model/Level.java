package dev.kitgen.model;

/** A seniority a role is hired at (mid, senior, staff), each with a bar of its own. */
public record Level(String id, Text title) {}
