package dev.kitgen.model;

/**
 * One of a kit's alternative paths through its process, or a sub-role (sales roles and
 * customer-success roles meet different people in the middle stages).
 */
public record Track(String id, Text title) {}
