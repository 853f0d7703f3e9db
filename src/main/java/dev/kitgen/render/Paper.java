package dev.kitgen.render;

import java.util.Locale;

/** The paper size of printed documents (the HTML print style and the PDF pages). */
public enum Paper {
    A4("A4"), LETTER("letter");

    private final String css;

    Paper(String css) {
        this.css = css;
    }

    /** The size as CSS {@code @page size} names it. */
    public String css() {
        return css;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
