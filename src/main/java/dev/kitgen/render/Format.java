package dev.kitgen.render;

/**
 * An output format: its file extension, how text from a kit is escaped in it, and the template
 * format it is made from. PDF has no templates of its own: it renders the HTML templates
 * (escaping like HTML) and converts the page that comes out.
 */
public enum Format {
    MD("md", null) {
        @Override
        public String escape(String text) {
            return Escaping.markdown(text);
        }
    },
    HTML("html", null) {
        @Override
        public String escape(String text) {
            return Escaping.html(text);
        }
    },
    PDF("pdf", HTML) {
        @Override
        public String escape(String text) {
            return HTML.escape(text);
        }
    };

    private final String extension;
    private final Format source;

    Format(String extension, Format source) {
        this.extension = extension;
        this.source = source;
    }

    public String extension() {
        return extension;
    }

    public abstract String escape(String text);

    /** The format whose templates this one renders: itself, or HTML for PDF. */
    public Format templates() {
        return source == null ? this : source;
    }

    /** Whether the template output is converted (to PDF) rather than written as it is. */
    public boolean converted() {
        return source != null;
    }


    @Override
    public String toString() {
        return extension;
    }
}
