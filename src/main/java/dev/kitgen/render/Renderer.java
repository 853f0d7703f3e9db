package dev.kitgen.render;

import dev.kitgen.localize.Views;
import dev.kitgen.render.pdf.PdfConverter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Renders a document in a format to the bytes of its file: the template's text for Markdown and
 * HTML; for PDF, the HTML template's page converted. The PDF converter (and with it
 * openhtmltopdf, PDFBox and the fonts) is only loaded when a run asks for a PDF, and then
 * shared by every document of the run.
 */
public final class Renderer {

    private final Templates templates;
    private final String producer;
    private final Instant date;
    private final Paper paper;
    private PdfConverter pdf;

    /**
     * @param producer the generator named in PDF metadata
     * @param date     the date recorded in PDFs ({@code SOURCE_DATE_EPOCH}), or {@code null} for none
     * @param paper    the paper printed documents are laid out on
     */
    public Renderer(Templates templates, String producer, Instant date, Paper paper) {
        this.templates = templates;
        this.producer = producer;
        this.date = date;
        this.paper = paper;
    }

    /** The bytes of {@code doc} in {@code format}: its template placed with the view and the format's {@link Layout}. */
    public byte[] render(Doc doc, Format format, Views.View view) {
        String text = page(doc, format, view);
        if (!format.converted()) return text.getBytes(StandardCharsets.UTF_8);
        return pdf().convert(text, templates.show(doc.template(format)));
    }

    /**
     * A guide or scorecard as a PDF, made at most once in a run, whether for its own file, for a
     * packet, or both. Whoever asks first makes it; who asks meanwhile waits for it.
     */
    public final class Part {
        private final Doc doc;
        private final Supplier<? extends Views.View> view;
        private final boolean packed;
        private String page;
        private int characters = -1;
        private PdfConverter.Pdf pdf;

        private Part(Doc doc, Supplier<? extends Views.View> view, boolean packed) {
            this.doc = doc;
            this.view = view;
            this.packed = packed;
        }

        /** What the page the PDF is made from holds; the page is kept until the PDF is made. */
        synchronized int characters() {
            if (characters < 0 && pdf == null) {
                page = page(doc, Format.PDF, view.get());
                characters = page.length();
            }
            return characters;
        }

        public byte[] pdf() {
            return laidOut().bytes();
        }

        private synchronized PdfConverter.Pdf laidOut() {
            if (pdf == null) {
                String text = page != null ? page : page(doc, Format.PDF, view.get());
                page = null;
                characters = text.length();
                pdf = Renderer.this.pdf().laidOut(text, templates.show(doc.template(Format.PDF)), packed);
            }
            return pdf;
        }
    }

    /**
     * {@code doc} as a PDF, made from the view {@code view} gives when it is first needed.
     *
     * @param packed whether a {@link #packet} will join it: its PDF then keeps what the packet takes from it
     */
    public Part part(Doc doc, Supplier<? extends Views.View> view, boolean packed) {
        return new Part(doc, view, packed);
    }

    /**
     * A packet as a PDF: its documents' PDFs, each laid out on its own (so that each counts its
     * own pages, and a run that also writes them lays them out once), behind a front page with
     * the packet's title and contents, which give the page each document starts on; the packet
     * joins their documents as they were saved, still open ({@code packed}). The parts
     * are bounded together as one PDF is ({@link PdfConverter#requireFits}) before any is laid out,
     * and their pages with the front's ({@link PdfConverter#requirePages}) before they are joined.
     *
     * @param parts the guide's and every scorecard's, in the order of the view's {@link Views.Packet#parts()}
     */
    public byte[] packet(Views.Packet view, List<Part> parts) {
        PdfConverter.requireFits(parts.stream().mapToLong(Part::characters).sum());
        List<PdfConverter.Pdf> pdfs = parts.stream().map(Part::laidOut).toList();
        List<Integer> pages = pdfs.stream().map(PdfConverter.Pdf::pages).toList();
        String template = templates.show(Doc.PACKET.template(Format.PDF));
        int frontPages = 1;
        String text;
        PdfConverter.Pdf front;
        // The contents give page numbers that depend on how many pages the contents take.
        for (int tries = 0; ; tries++) {
            text = templates.render(Doc.PACKET, Format.PDF,
                    List.of(new Layout.Scope(Layout.front(view, paper, frontPages, pages)), view));
            front = pdf().laidOut(text, template, true);
            if (front.pages() == frontPages || tries == 2) break;
            frontPages = front.pages();
            front.close();
        }
        // Every document's pages were counted as it was laid out, and are not read back from its PDF.
        PdfConverter.requirePages(front.pages() + pages.stream().mapToInt(Integer::intValue).sum());
        return pdf().packet(front, pdfs, text);
    }

    private String page(Doc doc, Format format, Views.View view) {
        return templates.render(doc, format, List.of(new Layout.Scope(Layout.of(view, format, paper)), view));
    }

    /**
     * The characters of {@code text} that no font of a PDF has, which would print as '#'; none
     * are looked for unless this run makes PDFs.
     */
    public String unprintable(String text) {
        StringBuilder missing = new StringBuilder();
        text.codePoints().distinct().filter(c -> !pdf().prints(c))
                .forEach(missing::appendCodePoint);
        return missing.toString();
    }

    private synchronized PdfConverter pdf() {
        if (pdf == null) pdf = new PdfConverter(producer, date, templates.fonts());
        return pdf;
    }
}
