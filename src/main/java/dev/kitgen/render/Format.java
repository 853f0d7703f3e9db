package dev.kitgen.render;

import java.util.Locale;

/** An output format: its file extension and how text from a kit is escaped in it. */
public enum Format {
    MD("md") {
        @Override
        public String escape(String text) {
            return Escaping.markdown(text);
        }
    },
    HTML("html") {
        @Override
        public String escape(String text) {
            return Escaping.html(text);
        }
    };

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public abstract String escape(String text);

    public static Format parse(String name) {
        for (Format f : values()) {
            if (f.extension.equals(name.toLowerCase(Locale.ROOT))) return f;
        }
        throw new IllegalArgumentException("unknown format '" + name + "'");
    }

    @Override
    public String toString() {
        return extension;
    }
}
