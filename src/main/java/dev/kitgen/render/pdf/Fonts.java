package dev.kitgen.render.pdf;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts every PDF may embed, shipped inside kitgen with their licenses beside the files in
 * {@code kitgen/fonts/}, so that every letter prints the same on any machine: DejaVu Sans for
 * Latin, Greek and Cyrillic (and the document's text where no other face is named), Noto Sans
 * Arabic and Noto Sans Hebrew, and Droid Sans Fallback for Chinese, Japanese and Korean; then
 * the TrueType fonts a user puts in {@code fonts/} of their templates folder, for other scripts.
 *
 * <p>Every face is registered under its family name, for the style to name, and all but DejaVu
 * also as a fallback of every family: a character the named fonts lack is printed in the first
 * of these that has it. A face is parsed and embedded only if a page uses it, subset to the
 * glyphs it uses, so a PDF in English carries no Chinese font. Each thread reads and parses a
 * face when it first needs it, and embeds that parsed font into every PDF it makes (a
 * parsed font is not safe to share between threads, and parsing it anew for each PDF was a fifth
 * of the time of a PDF). The machine's fonts are never looked at.
 */
final class Fonts {

    static final String FAMILY = "DejaVu Sans";
    /** The face form fields type in: embedded whole, since a field takes any letter the reader types. */
    static final String FIELDS = "DejaVu Sans Fields";

    /** A font file: its family, weight and style, and whether it serves as a fallback for every family. */
    record Face(String file, java.util.function.Supplier<byte[]> bytes, String family, int weight, FontStyle style,
                boolean fallback) {}

    private final List<Face> faces;
    /**
     * Each thread's parsed faces, by their place in {@link #faces}. (Not a map keyed by the face:
     * a record's first {@code hashCode} builds method handles, which a cold run pays for.)
     */
    private final ThreadLocal<TrueTypeFont[]> parsed;

    private Fonts(List<Face> faces) {
        this.faces = List.copyOf(faces);
        this.parsed = ThreadLocal.withInitial(() -> new TrueTypeFont[this.faces.size()]);
    }

    /** kitgen's fonts, then {@code user}'s (a templates folder's {@code fonts/*.ttf}), in that order. */
    static Fonts with(List<Face> user) {
        List<Face> all = new ArrayList<>(List.of(
                face("DejaVuSans.ttf", FAMILY, 400, FontStyle.NORMAL, false),
                face("DejaVuSans-Bold.ttf", FAMILY, 700, FontStyle.NORMAL, false),
                face("DejaVuSans-Oblique.ttf", FAMILY, 400, FontStyle.ITALIC, false),
                face("NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400, FontStyle.NORMAL, true),
                face("NotoSansArabic-Bold.ttf", "Noto Sans Arabic", 700, FontStyle.NORMAL, true),
                face("NotoSansHebrew-Regular.ttf", "Noto Sans Hebrew", 400, FontStyle.NORMAL, true),
                face("NotoSansHebrew-Bold.ttf", "Noto Sans Hebrew", 700, FontStyle.NORMAL, true),
                face("DroidSansFallbackFull.ttf", "Droid Sans Fallback", 400, FontStyle.NORMAL, true)));
        all.addAll(user);
        return new Fonts(all);
    }

    /**
     * A user's font file as a face of its own family (the family its name table gives), weight
     * and style, serving as a fallback for every family.
     *
     * @throws IOException if the file is not a TrueType font
     */
    static Face userFace(String file, byte[] bytes) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        try {
            String family = font.getNaming() == null ? null : font.getNaming().getFontFamily();
            if (family == null || family.isBlank()) family = file;
            int weight = font.getOS2Windows() == null ? 400 : font.getOS2Windows().getWeightClass();
            boolean italic = font.getHeader() != null && (font.getHeader().getMacStyle() & 2) != 0;
            if (font.getUnicodeCmapLookup(false) == null) throw new IOException("it has no Unicode character map");
            return new Face(file, () -> bytes, family, weight, italic ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        } finally {
            font.close();
        }
    }

    /**
     * Registers the faces for {@code pdf}, subset so that a PDF carries only the glyphs it uses;
     * with {@code fields}, also the whole regular face for form fields (about 750 kB more). A
     * face is only parsed and embedded if the page uses it.
     */
    void register(PdfRendererBuilder builder, PDDocument pdf, boolean fields, List<Lazy> fallbacks) {
        for (int i = 0; i < faces.size(); i++) {
            Face face = faces.get(i);
            Lazy lazy = new Lazy(pdf, i, true);
            builder.useFont(lazy, face.family(), face.weight(), face.style(), true);
            if (face.fallback()) fallbacks.add(lazy);
        }
        if (fields) {
            Face regular = faces.get(0);
            builder.useFont(new Lazy(pdf, 0, false), FIELDS, regular.weight(), regular.style(), false);
        }
    }

    /**
     * Adds to a renderer's fonts the fallback faces of the families {@code page} needs: those
     * that have a character of it that DejaVu Sans and the families before them lack. They are
     * tried, in order, for a character the fonts the style names lack. (openhtmltopdf loads
     * every fallback face it is given, so offering all of them to every PDF cost an English PDF
     * 170 MB of allocation, the Chinese font's among them.)
     */
    void addFallbacks(PdfBoxFontResolver resolver, List<Lazy> fallbacks, String page) {
        java.util.Set<String> needed = new java.util.HashSet<>();
        page.codePoints().filter(Fonts::needsGlyph).distinct().forEach(c -> {
            for (int i = 0; i < faces.size(); i++) {
                if (has(i, c)) {
                    if (faces.get(i).fallback()) needed.add(faces.get(i).family());
                    return;
                }
            }
        });
        for (Lazy lazy : fallbacks) {
            Face face = faces.get(lazy.face);
            if (!needed.contains(face.family())) continue;
            resolver.addFont(lazy, face.family(), face.weight(),
                    face.style() == FontStyle.ITALIC ? IdentValue.ITALIC : IdentValue.NORMAL, true,
                    PdfBoxFontResolver.FontGroup.FINAL_FALLBACK);
        }
    }

    /** Spaces, line breaks and invisible format characters (joiners, variation selectors) need no glyph. */
    static boolean needsGlyph(int c) {
        int type = Character.getType(c);
        return !Character.isWhitespace(c) && type != Character.CONTROL && type != Character.FORMAT
                && !(c >= 0xFE00 && c <= 0xFE0F);
    }

    private boolean has(int face, int codePoint) {
        CmapLookup cmap = cmap(parsed(face));
        return cmap != null && cmap.getGlyphId(codePoint) > 0;
    }

    /**
     * Whether some face has a glyph for {@code codePoint}. A face is read when a character is
     * first looked for past the faces before it: for text in Latin letters, only DejaVu Sans is.
     */
    boolean covers(int codePoint) {
        for (int i = 0; i < faces.size(); i++) {
            if (has(i, codePoint)) return true;
        }
        return false;
    }

    private static CmapLookup cmap(TrueTypeFont font) {
        try {
            return font.getUnicodeCmapLookup(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This thread's parse of the face at {@code index} of {@link #faces}. */
    private TrueTypeFont parsed(int index) {
        TrueTypeFont[] mine = parsed.get();
        if (mine[index] == null) mine[index] = parse(faces.get(index));
        return mine[index];
    }

    private static TrueTypeFont parse(Face face) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(face.bytes().get()));
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot read the font " + face.file(), e));
        }
    }

    /** Embeds a face into one PDF when the renderer first needs it. */
    final class Lazy extends PDFontSupplier {
        private final PDDocument pdf;
        /** The face's place in {@link #faces}. */
        private final int face;
        private final boolean subset;
        private PDFont font;

        Lazy(PDDocument pdf, int face, boolean subset) {
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

        /** Whether the layout used this font, so that the PDF embeds it. */
        boolean embedded() {
            return font != null;
        }
    }

    /** A face of kitgen's own, read from the jar when a PDF first needs it: the Chinese font alone is 4 MB. */
    private static Face face(String file, String family, int weight, FontStyle style, boolean fallback) {
        return new Face(file, () -> {
            try (InputStream in = Fonts.class.getResourceAsStream("/kitgen/fonts/" + file)) {
                if (in == null) throw new IllegalStateException("kitgen is packaged without its font " + file);
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, family, weight, style, fallback);
    }
}
