package dev.kitgen.render;

import dev.kitgen.localize.Views;
import dev.kitgen.render.pdf.PdfConverter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
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
    /** The parts made for packets, for {@link #closeParts}. */
    private final List<Part> packedParts = new ArrayList<>();

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
     * packet, or both. Whoever asks first makes it; who asks meanwhile waits for it. One made for a
     * packet keeps its document open for the packet until the part is {@linkplain #close closed}.
     */
    public final class Part {
        private final Doc doc;
        private final Supplier<? extends Views.View> view;
        private final boolean packed;
        private String page;
        private int characters = -1;
        // Volatile, so that close() need not wait for a layout under way: whichever of the two
        // comes second sees what the other wrote and closes the document.
        private volatile PdfConverter.Pdf pdf;
        private volatile boolean closed;

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

        synchronized PdfConverter.Pdf laidOut() {
            if (pdf == null) {
                String text = page != null ? page : page(doc, Format.PDF, view.get());
                page = null;
                characters = text.length();
                PdfConverter.Pdf made = Renderer.this.pdf().laidOut(text, templates.show(doc.template(Format.PDF)),
                        packed && !closed);
                pdf = made;
                // Its packet ended while it was laid out.
                if (closed) made.close();
            }
            return pdf;
        }

        /**
         * Closes the document kept for the packet, which took it, failed, or will not be made; laid
         * out after this, the part keeps none. Its bytes stay.
         */
        void close() {
            closed = true;
            PdfConverter.Pdf made = pdf;
            if (made != null) made.close();
        }
    }

    /**
     * {@code doc} as a PDF, made from the view {@code view} gives when it is first needed.
     *
     * @param packed whether a {@link #packet} will join it: its PDF then keeps what the packet takes
     *               from it, until the packet is made or fails, or the run {@linkplain #closeParts closes} it
     */
    public Part part(Doc doc, Supplier<? extends Views.View> view, boolean packed) {
        Part part = new Part(doc, view, packed);
        if (packed) {
            synchronized (packedParts) {
                packedParts.add(part);
            }
        }
        return part;
    }

    /**
     * Closes what parts keep for packets that did not take it: a run calls it once its jobs are done,
     * however they ended (a packet job that never ran leaves its parts' documents open). A part laid
     * out after this keeps nothing.
     */
    public void closeParts() {
        List<Part> parts;
        synchronized (packedParts) {
            parts = List.copyOf(packedParts);
        }
        parts.forEach(Part::close);
    }

    /**
     * A packet as a PDF: its documents' PDFs, each laid out on its own (so that each counts its
     * own pages, and a run that also writes them lays them out once), behind a front page with
     * the packet's title and contents, which give the page each document starts on; the packet
     * joins their documents as they were saved, still open ({@code packed}). The parts
     * are bounded together as one PDF is ({@link PdfConverter#requireFits}) before any is laid out,
     * and their pages with the front's ({@link PdfConverter#requirePages}) before they are joined.
     * Made or failed, the packet leaves none of their documents open, nor its front page's.
     *
     * @param view  the packet's view, made when the packet is: should that fail, the parts are closed too
     * @param parts the guide's and every scorecard's, in the order of the view's {@link Views.Packet#parts()}
     */
    public byte[] packet(Supplier<Views.Packet> view, List<Part> parts) {
        try {
            Views.Packet packet = view.get();
            PdfConverter.requireFits(parts.stream().mapToLong(Part::characters).sum());
            return joined(packet, parts.stream().map(Part::laidOut).toList());
        } finally {
            parts.forEach(Part::close);
        }
    }

    private byte[] joined(Views.Packet view, List<PdfConverter.Pdf> pdfs) {
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
        try {
            // Every document's pages were counted as it was laid out, and are not read back from its PDF.
            PdfConverter.requirePages(front.pages() + pages.stream().mapToInt(Integer::intValue).sum());
            return pdf().packet(front, pdfs, text);
        } finally {
            // Once the packet has taken it, this does nothing.
            front.close();
        }
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
