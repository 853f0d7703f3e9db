package dev.kitgen.cli;

import dev.kitgen.usecase.render.Progress;

import java.io.PrintWriter;

/** "rendering 12/60" on one line of a terminal, rewritten in place and cleared at the end. */
final class ProgressLine implements Progress {

    private final PrintWriter err;
    private int shown;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    /** Threads may report out of order; a count lower than one shown would undo the cleared line. */
    @Override
    public synchronized void documentDone(int done, int total) {
        if (done <= shown) return;
        shown = done;
        err.print("\rrendering " + done + "/" + total + (done == total ? "\r\033[K" : ""));
        err.flush();
    }
}
