package dev.kitgen.render;

import dev.kitgen.localize.Views;
import dev.kitgen.render.pdf.PdfConverter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

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
        String text = templates.render(doc, format, List.of(new Layout.Scope(Layout.of(view, format, paper)), view));
        if (!format.converted()) return text.getBytes(StandardCharsets.UTF_8);
        return pdf().convert(text, templates.show(doc.template(format)));
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
