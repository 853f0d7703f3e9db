package dev.kitgen.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts every PDF embeds: DejaVu Sans, shipped inside kitgen (license beside the files in
 * {@code kitgen/fonts/}), so that every letter of every language prints the same on any
 * machine. The files are read once per run; each thread parses each face once and embeds that
 * parsed font into every PDF it makes (a parsed font is not safe to share between threads, and
 * parsing it anew for each PDF was a fifth of the time of a PDF). The machine's fonts are never
 * looked at.
 */
final class Fonts {

    static final String FAMILY = "DejaVu Sans";
    /** The face form fields type in: embedded whole, since a field takes any letter the reader types. */
    static final String FIELDS = "DejaVu Sans Fields";

    private record Face(String file, byte[] bytes, int weight, FontStyle style) {}

    private final List<Face> faces;
    private final ThreadLocal<Map<Face, TrueTypeFont>> parsed = ThreadLocal.withInitial(HashMap::new);

    private Fonts(List<Face> faces) {
        this.faces = faces;
    }

    static Fonts builtIn() {
        return new Fonts(List.of(
                face("DejaVuSans.ttf", 400, FontStyle.NORMAL),
                face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
                face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC)));
    }

    /**
     * Registers the faces for {@code pdf}, subset so that a PDF carries only the glyphs it uses;
     * with {@code fields}, also the whole regular face for form fields (about 750 kB more). A
     * face is only parsed and embedded if the page uses it.
     */
    void register(PdfRendererBuilder builder, PDDocument pdf, boolean fields) {
        for (Face face : faces) {
            builder.useFont(new Lazy(pdf, face, true), FAMILY, face.weight(), face.style(), true);
        }
        if (fields) {
            Face regular = faces.get(0);
            builder.useFont(new Lazy(pdf, regular, false), FIELDS, regular.weight(), regular.style(), false);
        }
    }

    private TrueTypeFont parsed(Face face) {
        return parsed.get().computeIfAbsent(face, f -> {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(f.bytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(new IOException("cannot read kitgen's font " + f.file(), e));
            }
        });
    }

    /** Embeds a face into one PDF when the renderer first needs it. */
    private final class Lazy extends PDFontSupplier {
        private final PDDocument pdf;
        private final Face face;
        private final boolean subset;
        private PDFont font;

        Lazy(PDDocument pdf, Face face, boolean subset) {
            super(null);
            this.pdf = pdf;
            this.face = face;
            this.subset = subset;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(pdf, parsed(face), subset);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }

    private static Face face(String file, int weight, FontStyle style) {
        try (InputStream in = Fonts.class.getResourceAsStream("/kitgen/fonts/" + file)) {
            if (in == null) throw new IllegalStateException("kitgen is packaged without its font " + file);
            return new Face(file, in.readAllBytes(), weight, style);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
