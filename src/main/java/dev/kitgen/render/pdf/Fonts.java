package dev.kitgen.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts every PDF embeds: DejaVu Sans, shipped inside kitgen (license beside the files in
 * {@code kitgen/fonts/}), so that every letter of every language prints the same on any
 * machine. Read once per run and shared by all renders; the machine's fonts are never looked at.
 */
final class Fonts {

    static final String FAMILY = "DejaVu Sans";
    /** The face form fields type in: embedded whole, since a field takes any letter the reader types. */
    static final String FIELDS = "DejaVu Sans Fields";

    private record Face(byte[] bytes, int weight, FontStyle style) {}

    private final List<Face> faces;

    private Fonts(List<Face> faces) {
        this.faces = faces;
    }

    static Fonts builtIn() {
        return new Fonts(List.of(
                new Face(read("DejaVuSans.ttf"), 400, FontStyle.NORMAL),
                new Face(read("DejaVuSans-Bold.ttf"), 700, FontStyle.NORMAL),
                new Face(read("DejaVuSans-Oblique.ttf"), 400, FontStyle.ITALIC)));
    }

    /**
     * Registers the faces with a renderer, subset so that a PDF carries only the glyphs it uses;
     * with {@code fields}, also the whole regular face for form fields (about 750 kB more).
     */
    void register(PdfRendererBuilder builder, boolean fields) {
        for (Face face : faces) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), FAMILY, face.weight(), face.style(), true);
        }
        if (fields) {
            Face regular = faces.get(0);
            builder.useFont(() -> new ByteArrayInputStream(regular.bytes()), FIELDS, 400, FontStyle.NORMAL, false);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = Fonts.class.getResourceAsStream("/kitgen/fonts/" + file)) {
            if (in == null) throw new IllegalStateException("kitgen is packaged without its font " + file);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
