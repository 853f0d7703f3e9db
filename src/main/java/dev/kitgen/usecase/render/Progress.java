package dev.kitgen.usecase.render;

/** Hears how far a render has come; called from the rendering threads as each document is done. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    void documentDone(int done, int total);
}
