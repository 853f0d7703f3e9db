package dev.kitgen.testing;

import java.nio.file.Path;

/** The outcome of one in-process kitgen run (see {@link Kitgen}): exit code, what it printed, and the folder it ran in. */
public record CommandResult(int exitCode, String out, String err, Path cwd) {}
