package dev.kitgen.model;

/** General advice to interviewers that belongs to no single stage. */
public record Tip(String id, Text text) {}
