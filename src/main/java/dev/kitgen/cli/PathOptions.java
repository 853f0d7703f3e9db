package dev.kitgen.cli;

import dev.kitgen.model.KitPath;

/** {@code --track} and {@code --level}: the path through a kit whose documents a render makes. */
final class PathOptions {

    private final Value<String> track;
    private final Value<String> level;

    PathOptions(Declaration command) {
        track = command.option("--track").label("TRACK").description("Render the documents of one track of the kit, "
                + "such as sales: its steps only, in files named guide.TRACK.EXT (default: every track, side by side).")
                .text("");
        level = command.option("--level").label("LEVEL").description("Render the documents of one level of the kit, "
                + "such as senior: its bar only, in files named guide.LEVEL.EXT, or guide.TRACK.LEVEL.EXT with --track "
                + "(default: every level, side by side).").text("");
    }

    KitPath path() {
        return new KitPath(track.get(), level.get());
    }
}
