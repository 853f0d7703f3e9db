package dev.kitgen.render;

import dev.kitgen.render.pdf.PdfConverter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

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
    private PdfConverter pdf;

    /**
     * @param producer the generator named in PDF metadata
     * @param date     the date recorded in PDFs ({@code SOURCE_DATE_EPOCH}), or {@code null} for none
     */
    public Renderer(Templates templates, String producer, Instant date) {
        this.templates = templates;
        this.producer = producer;
        this.date = date;
    }

    public byte[] render(Doc doc, Format format, Object view) {
        String text = templates.render(doc, format, view);
        if (!format.converted()) return text.getBytes(StandardCharsets.UTF_8);
        return pdf().convert(text, templates.show(doc.template(format)));
    }

    private synchronized PdfConverter pdf() {
        if (pdf == null) pdf = new PdfConverter(producer, date);
        return pdf;
    }
}
