package dev.kitgen.render;

import java.util.Locale;

/** A kind of document kitgen renders, named as on the command line and in template file names. */
public enum Doc {
    GUIDE, SCORECARD, PACKET;

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
