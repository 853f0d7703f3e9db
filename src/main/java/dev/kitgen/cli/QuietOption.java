package dev.kitgen.cli;

import picocli.CommandLine.Option;

/**
 * {@code --quiet}, for the commands that print what they wrote or how far they came: problems
 * are still printed, the rest is not. {@link Cli} reads it for every command alike.
 */
final class QuietOption {

    @Option(names = {"-q", "--quiet"}, description = "Print problems only: no list of files, summary or progress.")
    boolean quiet;
}
