package dev.kitgen.cli;

import dev.kitgen.model.KitPath;
import picocli.CommandLine.Option;

/** {@code --track} and {@code --level}: the path through a kit whose documents a render makes. */
final class PathOptions {

    @Option(names = "--track", paramLabel = "TRACK", description = "Render the documents of one track of the kit, "
            + "such as sales: its steps only, in files named guide.TRACK.EXT (default: every track, side by side).")
    String track = "";

    @Option(names = "--level", paramLabel = "LEVEL", description = "Render the documents of one level of the kit, "
            + "such as senior: its bar only, in files named guide.LEVEL.EXT, or guide.TRACK.LEVEL.EXT with --track "
            + "(default: every level, side by side).")
    String level = "";

    KitPath path() {
        return new KitPath(track, level);
    }
}
