package dev.kitgen.render.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;

/**
 * Drops the CIDSet of every embedded CID font. PDFBox writes one for each font subset, but for
 * the CJK fallback font (Droid Sans Fallback) it does not list every CID the subset holds, which
 * veraPDF reports against PDF/UA-1 (7.21.4.2) and PDF/A-3 (6.2.11.4.2). Both standards allow a
 * font without a CIDSet, and no reader needs one to draw the text. PDFBox makes the subsets, and
 * their CIDSets, only when it saves, so the saved PDF is read again without them.
 */
final class CidSets {

    private CidSets() {}

    /** {@code saved} read back without the CIDSets of its CID fonts, for the caller to save (and close). */
    static PDDocument dropped(byte[] saved) throws IOException {
        PDDocument pdf = Loader.loadPDF(saved);
        try {
            drop(pdf);
            return pdf;
        } catch (IOException | RuntimeException e) {
            pdf.close();
            throw e;
        }
    }

    private static void drop(PDDocument pdf) throws IOException {
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) continue;
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font instanceof PDType0Font type0 && type0.getDescendantFont() != null) {
                    PDFontDescriptor descriptor = type0.getDescendantFont().getFontDescriptor();
                    if (descriptor != null) descriptor.getCOSObject().removeItem(COSName.CID_SET);
                }
            }
        }
    }
}
