package dev.kitgen.render.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.Location;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the XHTML page of an HTML template into a PDF: fonts embedded from kitgen's own files,
 * nothing loaded from anywhere, an outline from the headings, tagged for accessibility (PDF/UA)
 * and archivable (PDF/A-3a, unless it has form fields), and the same bytes for the same page. One converter serves a whole
 * run and may be used from several threads at once; each conversion has its own renderer.
 *
 * <p>openhtmltopdf lays a whole document out in memory, then paints every page of it into a PDF
 * that is also built in memory, so what one PDF may hold is bounded, by what kitgen counts: the
 * page it is made from has at most {@link #MAX_PAGE_CHARACTERS} characters, checked before
 * anything is laid out, and the PDF at most {@link #MAX_PAGES} pages, checked once it is laid
 * out and before it is painted. Beyond either, {@link TooLarge} is thrown. Measured with the
 * built-in templates: layout holds 40 to 85 bytes per character of the page, depending on how
 * much of it is markup, and painting a tagged PDF 70 to 140 KB per page. The packet of a kit of
 * 200 criteria and 50 stages (9.4 million characters, 5,090 pages) held 1.5 GB and ran a JVM of
 * the default heap up to 4.9 GB; one of 200 criteria and 9 stages, near both bounds (1.7 million
 * characters, 928 pages), held 300 MB and renders in a heap of 400 MB ({@link #HEAP_PER_PDF}).
 */
public final class PdfConverter {

    /** The most pages a PDF may have. */
    public static final int MAX_PAGES = 1_000;

    /** The most characters the page a PDF is made from may have: about {@link #MAX_PAGES} pages of kitgen's documents. */
    public static final int MAX_PAGE_CHARACTERS = 2_000_000;

    /**
     * The heap one PDF may need while it is made, at the bounds above, with room to collect: a
     * run has no more threads making PDFs than its heap holds of these.
     */
    public static final long HEAP_PER_PDF = 512L * 1024 * 1024;

    /** A PDF beyond {@link #MAX_PAGES} or {@link #MAX_PAGE_CHARACTERS}; the message says by how much, for a user. */
    public static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message);
        }
    }

    static {
        LibraryLogging.install();
    }

    /**
     * The dates a PDF can record, in seconds since 1970-01-01 UTC: from that day to the last second
     * of 9999-12-31, since a PDF date has a four-digit year ({@code D:YYYYMMDDHHmmSS}) and
     * {@code SOURCE_DATE_EPOCH} counts from 1970. (Constants, so that naming them loads no PDF class.)
     */
    public static final long FIRST_DATE = 0L;
    public static final long LAST_DATE = 253_402_300_799L;

    private static final IcuBidi BIDI = new IcuBidi();

    private final Fonts fonts;
    private final byte[] colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private final String producer;
    private final Instant date;

    /**
     * @param producer what the PDF names as its producer, such as {@code kitgen 0.1.0}
     * @param date     the creation date to record ({@code SOURCE_DATE_EPOCH}), or {@code null} for none
     */
    public PdfConverter(String producer, Instant date) {
        this(producer, date, Map.of());
    }

    /**
     * @param userFonts TrueType fonts of the user's templates folder ({@code fonts/*.ttf}), by
     *                  the file name messages give them, for the scripts kitgen's fonts lack
     * @throws KitgenException if one of them is not a TrueType font
     */
    public PdfConverter(String producer, Instant date, Map<String, byte[]> userFonts) {
        if (date != null && (date.getEpochSecond() < FIRST_DATE || date.getEpochSecond() > LAST_DATE)) {
            throw new IllegalArgumentException("a PDF cannot record the date " + date + "; it holds 1970-01-01 to 9999-12-31");
        }
        this.producer = producer;
        this.date = date;
        this.fonts = Fonts.with(userFaces(userFonts));
    }

    private static List<Fonts.Face> userFaces(Map<String, byte[]> files) {
        List<Fonts.Face> faces = new ArrayList<>();
        files.forEach((file, bytes) -> {
            try {
                faces.add(Fonts.userFace(file, bytes));
            } catch (IOException | RuntimeException e) {
                throw new KitgenException(Location.ofFile(file), "not a TrueType font kitgen can embed ("
                        + e.getMessage() + "); use a .ttf file with TrueType outlines, or remove it");
            }
        });
        return faces;
    }

    /** Whether some font a PDF can use has a glyph for {@code codePoint}; a character none has prints as '#'. */
    public boolean prints(int codePoint) {
        return !Fonts.needsGlyph(codePoint) || fonts.covers(codePoint);
    }

    /**
     * A PDF made here: its bytes, and the number of its pages as they were laid out (not read back
     * from the bytes). One made for a packet also keeps the document it was saved from, open, until
     * the packet {@linkplain #take takes} it or, should the packet fail or not be made, it is
     * {@linkplain #close closed}: the packet joins that document's objects as they are,
     * instead of reading the saved bytes back into new ones (the same packet, byte for byte, for a
     * tenth less of the time of a batch).
     */
    public static final class Pdf implements AutoCloseable {
        private final byte[] bytes;
        private final int pages;
        private PDDocument document;

        private Pdf(byte[] bytes, int pages, PDDocument document) {
            this.bytes = bytes;
            this.pages = pages;
            this.document = document;
        }

        public byte[] bytes() {
            return bytes;
        }

        public int pages() {
            return pages;
        }

        /**
         * The document for a packet to join and then close: the one kept open, once; else (it was not
         * kept, or is taken) this PDF read back from its bytes.
         */
        synchronized PDDocument take() throws IOException {
            PDDocument taken = document != null ? document : Loader.loadPDF(bytes);
            document = null;
            return taken;
        }

        /**
         * Closes the document kept for a packet, if no packet took it: the packet failed, or will not
         * be made. Once is enough; after that, and after {@link #take}, it does nothing.
         */
        @Override
        public synchronized void close() {
            closeUnless(document, null);
            document = null;
        }

        /** The document kept open for a packet, or {@code null} once it is taken or closed: for tests. */
        synchronized PDDocument kept() {
            return document;
        }
    }

    /**
     * @param page     the page the HTML template rendered
     * @param template the template's file as messages name it, for a page that is not well-formed
     */
    public byte[] convert(String page, String template) {
        return laidOut(page, template, false).bytes();
    }

    /**
     * {@link #convert}, with the PDF's pages counted as they were laid out, not read back from its bytes.
     *
     * @param packed whether a packet will join this PDF ({@link #packet}): then the PDF keeps its document open for it
     */
    public Pdf laidOut(String page, String template, boolean packed) {
        requireFits(page.length());
        Document dom;
        try {
            dom = Xhtml.parse(page);
        } catch (Xhtml.NotWellFormed e) {
            throw new KitgenException(Location.ofFile(template), "the page rendered from this template "
                    + "is not well-formed XHTML, which PDF output needs (rendered line " + e.line + ", column "
                    + e.column + "): " + e.getMessage());
        }
        Outline.add(dom);
        TableHeaders.prepare(dom);
        InlineLanguages.mark(dom);
        Pdf pdf = null;
        WritingRoom room = new WritingRoom();
        for (int layout = 1; pdf == null; layout++) {
            pdf = convert(dom, page, layout, room, packed);
        }
        return pdf;
    }

    /**
     * @param characters what the pages a PDF is made from hold together
     * @throws TooLarge beyond {@link #MAX_PAGE_CHARACTERS}
     */
    public static void requireFits(long characters) {
        if (characters > MAX_PAGE_CHARACTERS) {
            throw new TooLarge("the HTML it is made from has " + characters + " characters, and a PDF is made "
                    + "from at most " + MAX_PAGE_CHARACTERS + " (about " + MAX_PAGES + " pages)");
        }
    }

    /**
     * @param pages the pages of a PDF, as laid out or as its documents' together
     * @throws TooLarge beyond {@link #MAX_PAGES}
     */
    public static void requirePages(int pages) {
        if (pages > MAX_PAGES) {
            throw new TooLarge("it would have " + pages + " pages, and a PDF has at most " + MAX_PAGES);
        }
    }

    /**
     * A packet: its front page(s) followed by the PDFs of its documents, each made here on its own,
     * all {@linkplain #laidOut packed}, so that their documents are still open; whoever calls it
     * knows their pages and checks them together ({@link #requirePages}). It takes the documents
     * and closes them, all of them, the front page's too, whether the packet is made or fails.
     *
     * @param identity what makes the packet what it is besides its front page (its documents' own pages)
     */
    public byte[] packet(Pdf front, List<Pdf> parts, String identity) {
        return PacketPdf.merged(front, parts, date, identity);
    }

    /**
     * Lays {@code dom} out and paints it, or returns {@code null} when tables had to be told to print
     * their headers once ({@link TableHeaders#misplaced}) or writing room grew to the foot of its page
     * ({@link WritingRoom}), and the page must be laid out again. The
     * first layout fixes the tables found; should a second find more (the first's fix moved them),
     * every table prints its header once, which a third layout cannot find fault with.
     */
    private Pdf convert(Document dom, String page, int layout, WritingRoom room, boolean packed) {
        java.util.Map<String, String> fieldNames = FormFields.names(dom);
        List<Fonts.Lazy> fallbacks = new ArrayList<>();
        PDDocument pdf = new PDDocument();
        PDDocument reread = null;
        PDDocument kept = null;
        try (PdfBoxRenderer renderer = builder(dom, pdf, fallbacks).buildPdfRenderer()) {
            fonts.addFallbacks(renderer.getFontResolver(), fallbacks, page);
            renderer.layout();
            int pages = renderer.getRootBox().getLayer().getPages().size();
            requirePages(pages);
            List<Element> misplaced = layout < 3 ? TableHeaders.misplaced(renderer) : List.of();
            if (!misplaced.isEmpty()) {
                if (layout == 1) misplaced.forEach(TableHeaders::printOnce);
                else TableHeaders.printOnce(dom);
                return null;
            }
            if (room.relayout(renderer)) return null;
            renderer.createPDFWithoutClosing();
            FormFields.finish(pdf, fieldNames);
            ReproducibleMetadata.pin(pdf, date, page);
            byte[] saved = saved(pdf, 64 * 1024);
            // Only the script fonts (CJK above all) are embedded with a CIDSet veraPDF faults; a
            // PDF that uses none of them is not read and saved again.
            if (fallbacks.stream().anyMatch(Fonts.Lazy::embedded)) {
                reread = CidSets.dropped(saved);
                saved = saved(reread, saved.length);
            }
            // Completed first: should that fail, the finally closes the document meant to be kept.
            byte[] completed = CrossReferenceStream.completed(saved);
            if (packed) kept = reread != null ? reread : pdf;
            return new Pdf(completed, pages, kept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // The document a packet will join stays open; it closes it.
            closeUnless(pdf, kept);
            closeUnless(reread, kept);
        }
    }

    private static byte[] saved(PDDocument pdf, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        pdf.save(out);
        return out.toByteArray();
    }

    private static void closeUnless(PDDocument pdf, PDDocument kept) {
        if (pdf == null || pdf == kept) return;
        try {
            pdf.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfRendererBuilder builder(Document dom, PDDocument pdf, List<Fonts.Lazy> fallbacks) {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePDDocument(pdf)
                .withW3cDocument(dom, "about:blank")
                .withProducer(producer)
                .usePdfUaAccessibility(true)
                .useColorProfile(colorProfile);
        // Form fields draw their marks with ZapfDingbats, which cannot be embedded: a fillable
        // scorecard is tagged for accessibility but makes no PDF/A claim it would not keep.
        boolean form = dom.getElementsByTagNameNS("*", "form").getLength() > 0;
        if (!form) {
            builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
        }
        fonts.register(builder, pdf, form, fallbacks);
        builder.useUnicodeBidiSplitter(BIDI).useUnicodeBidiReorderer(BIDI);
        NoResourceLoading.apply(builder);
        return builder;
    }
}
