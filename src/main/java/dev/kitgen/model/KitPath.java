package dev.kitgen.model;

/**
 * The path a render follows through a kit: one track and one level, either of which may be left
 * open (empty), so that the documents keep what differs along it side by side.
 */
public record KitPath(String track, String level) {

    /** No track and no level chosen: the whole kit. */
    public static final KitPath ALL = new KitPath("", "");

    public KitPath {
        track = track == null ? "" : track;
        level = level == null ? "" : level;
    }

    public boolean isAll() {
        return track.isEmpty() && level.isEmpty();
    }

    /**
     * What file names of this path end in before their extension: {@code .sales.senior} for the
     * track sales at the level senior, {@code .senior} for the level alone, nothing for the whole
     * kit. Ids hold no dots, so the names of two paths never meet.
     */
    public String suffix() {
        return (track.isEmpty() ? "" : "." + track) + (level.isEmpty() ? "" : "." + level);
    }
}
