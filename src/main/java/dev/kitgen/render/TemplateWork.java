package dev.kitgen.render;

import com.github.mustachejava.TemplateContext;

import java.util.List;

/**
 * The work one render of a template does, counted in steps as mustache.java runs it (see
 * {@link Templates#MAX_WORK_STEPS}). The output limit alone cannot bound a template: sections
 * nested over the same lists, or partials that each include the next several times, can work
 * for hours while writing nothing.
 *
 * <p>A render carries its own count as the first of its scopes, where every body that runs
 * finds it, so documents rendering on several threads at once each count their own. Nothing
 * in it can be named from a template: it has no field, and no method without parameters, that
 * mustache.java would look a name up in.
 */
final class TemplateWork {

    private final long limit;
    private long steps;

    TemplateWork() {
        this(Templates.MAX_WORK_STEPS);
    }

    TemplateWork(long limit) {
        this.limit = limit;
    }

    /** The work of the render that {@code scopes} belong to: kitgen places it first. */
    static TemplateWork of(List<Object> scopes) {
        if (!scopes.isEmpty() && scopes.get(0) instanceof TemplateWork work) return work;
        throw new IllegalStateException("a template runs without its work counted");
    }

    /** The steps {@code work} has taken so far. */
    static long taken(TemplateWork work) {
        return work.steps;
    }

    /**
     * Takes {@code count} more steps, in the body that starts at {@code at} (line 0 for the
     * whole of a template file); past the limit, stops the render.
     */
    void spend(int count, TemplateContext at) {
        steps += count;
        if (steps > limit) throw new Exceeded(at.line() > 0 ? at : null);
    }

    /** The render has taken more steps than its limit; located at the innermost tag known. */
    static final class Exceeded extends RuntimeException {
        private TemplateContext at;

        private Exceeded(TemplateContext at) {
            super(null, null, false, false);
            this.at = at;
        }

        /** Places the error at {@code tag} (a partial's tag) unless a tag further in is known. */
        void locate(TemplateContext tag) {
            if (at == null) at = tag;
        }

        /** The tag at which the work ran out, or null if only the template file is known. */
        TemplateContext at() {
            return at;
        }
    }
}
