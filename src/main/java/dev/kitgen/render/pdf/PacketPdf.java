package dev.kitgen.render.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * Joins the PDFs of a packet's documents, each laid out on its own (so that each counts its own
 * pages), behind the packet's front page: their pages, outlines (one entry per document with its
 * sections below), tagged structure and fonts, as PDFBox 3's merger copies them. The merger makes
 * the structure one {@code Document} element whose {@code Part}s are the documents' own, renumbers
 * the parent tree of their marked content and joins their role maps (PacketPdfTest checks the
 * result). The front page's document gives the packet its title, language, metadata and output
 * intent; the page labels number the packet's pages from 1, as its contents do. Each document
 * keeps the subsets of the fonts it was made with, so a packet holds a font once per document.
 *
 * <p>The documents, the front page's too, are joined as they were saved, still open, not read back
 * from their saved bytes: the merger copies the same objects either way, and the packet comes out
 * the same, byte for byte, without parsing what was just written.
 */
final class PacketPdf {

    private PacketPdf() {}

    /**
     * @param front    the packet's front page(s): title and contents
     * @param parts    the documents, in order
     * @param identity what makes this packet what it is, for its file identifier
     */
    static byte[] merged(PdfConverter.Pdf front, List<PdfConverter.Pdf> parts, Instant date, String identity) {
        try (PDDocument packet = front.take()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            StringBuilder made = new StringBuilder(identity);
            for (PdfConverter.Pdf part : parts) {
                // Each document is closed once the merger has copied what it takes.
                try (PDDocument document = part.take()) {
                    // Each document's identifier is a digest of what it was made from.
                    made.append('\n').append(id(document));
                    merger.appendDocument(packet, document);
                }
            }
            // The merger marks the structure as not suspect, which poppler reads as the wrong type; the documents say nothing.
            packet.getDocumentCatalog().getMarkInfo().getCOSObject().removeItem(COSName.getPDFName("Suspects"));
            PDPageLabels labels = new PDPageLabels(packet);
            PDPageLabelRange numbers = new PDPageLabelRange();
            numbers.setStyle(PDPageLabelRange.STYLE_DECIMAL);
            labels.setLabelItem(0, numbers);
            packet.getDocumentCatalog().setPageLabels(labels);
            ReproducibleMetadata.pin(packet, date, made.toString());
            ByteArrayOutputStream out = new ByteArrayOutputStream(front.bytes().length + parts.stream().mapToInt(p -> p.bytes().length).sum());
            packet.save(out);
            return CrossReferenceStream.completed(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // A merge that failed part-way has not taken the documents after the one it failed on.
            parts.forEach(PdfConverter.Pdf::close);
        }
    }

    private static String id(PDDocument pdf) {
        COSArray id = pdf.getDocument().getDocumentID();
        return id != null && id.getObject(0) instanceof COSString first ? first.toHexString() : "";
    }
}
