package dev.kitgen.render.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;

/** What a PDF keeps open for a packet, for tests outside this package that check it gets closed. */
public final class Kept {

    /** The document {@code pdf} keeps open for a packet, or {@code null} once it is taken or closed. */
    public static PDDocument document(PdfConverter.Pdf pdf) {
        return pdf.kept();
    }

    private Kept() {}
}
