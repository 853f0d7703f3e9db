package dev.kitgen.cli;

import dev.kitgen.pipeline.Progress;

import java.io.PrintWriter;

/** "rendering 12/60" on one line of a terminal, rewritten in place and cleared at the end. */
final class ProgressLine implements Progress {

    private final PrintWriter err;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void documentDone(int done, int total) {
        err.print("\rrendering " + done + "/" + total + (done == total ? "\r\033[K" : ""));
        err.flush();
    }
}
