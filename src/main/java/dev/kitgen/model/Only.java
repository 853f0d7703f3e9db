package dev.kitgen.model;

import java.util.Set;

/**
 * Which tracks and levels a stage, question, criterion or anchor is limited to. An empty set
 * limits nothing: {@code only: [senior, staff]} leaves every track and limits the level. Within
 * one of the two an item holds for any id named; across them, for both.
 */
public record Only(Set<String> tracks, Set<String> levels) {

    /** Every track and every level. */
    public static final Only ALL = new Only(Set.of(), Set.of());

    public Only {
        tracks = Set.copyOf(tracks);
        levels = Set.copyOf(levels);
    }

    public boolean isAll() {
        return tracks.isEmpty() && levels.isEmpty();
    }

    /** Whether the item is on {@code path}; a track or level the path leaves open takes the item in. */
    public boolean includes(KitPath path) {
        return holds(tracks, path.track()) && holds(levels, path.level());
    }

    /** Whether the item is on track {@code track}, at some level. */
    public boolean includesTrack(String track) {
        return holds(tracks, track);
    }

    /** What is left to say once {@code path} is chosen: a limit the path already meets goes. */
    public Only along(KitPath path) {
        return new Only(path.track().isEmpty() ? tracks : Set.of(), path.level().isEmpty() ? levels : Set.of());
    }

    private static boolean holds(Set<String> ids, String chosen) {
        return ids.isEmpty() || chosen.isEmpty() || ids.contains(chosen);
    }
}
