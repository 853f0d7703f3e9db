package dev.kitgen.render.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.Location;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Turns the XHTML page of an HTML template into a PDF: fonts embedded from kitgen's own files,
 * nothing loaded from anywhere, an outline from the headings, tagged for accessibility (PDF/UA)
 * and archivable (PDF/A-3u, unless it has form fields), and the same bytes for the same page. One converter serves a whole
 * run and may be used from several threads at once; each conversion has its own renderer.
 */
public final class PdfConverter {

    static {
        LibraryLogging.install();
    }

    private final Fonts fonts = Fonts.builtIn();
    private final byte[] colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private final String producer;
    private final Instant date;

    /**
     * @param producer what the PDF names as its producer, such as {@code kitgen 0.1.0}
     * @param date     the creation date to record ({@code SOURCE_DATE_EPOCH}), or {@code null} for none
     */
    public PdfConverter(String producer, Instant date) {
        this.producer = producer;
        this.date = date;
    }

    /**
     * @param page     the page the HTML template rendered
     * @param template the template's file as messages name it, for a page that is not well-formed
     */
    public byte[] convert(String page, String template) {
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
        try (PDDocument pdf = new PDDocument();
             PdfBoxRenderer renderer = builder(dom, pdf).buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            ReproducibleMetadata.pin(pdf, date, page);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfRendererBuilder builder(Document dom, PDDocument pdf) {
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
            builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
        }
        fonts.register(builder, pdf, form);
        NoResourceLoading.apply(builder);
        return builder;
    }
}
