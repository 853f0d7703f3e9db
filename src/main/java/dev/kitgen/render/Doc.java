package dev.kitgen.render;

import java.util.Locale;

/**
 * A kind of document kitgen renders, named as on the command line and in template file names.
 * The candidate's sheet is its own file, never part of the packet: the packet is the hiring
 * team's, full of what candidates must not see, and the sheet is what is sent to the candidate.
 */
public enum Doc {
    GUIDE, SCORECARD, PACKET, CANDIDATE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The template of this document in {@code format}, such as {@code guide.html.mustache}; a PDF
     * is made from the HTML template.
     */
    public String template(Format format) {
        return id() + "." + format.templates().extension() + ".mustache";
    }

    @Override
    public String toString() {
        return id();
    }
}
