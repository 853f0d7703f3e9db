package dev.kitgen.render.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Writing room that ends a page takes what is left of it, and the pages break where they did: a
 * page of 150 mm of text and a 2 cm box, then a block kept together that does not fit below it.
 */
class WritingRoomTest {

    private static final PdfConverter CONVERTER = new PdfConverter("kitgen test", null);

    /** A4 with the margins of kitgen's style (12 mm above, 10 mm below): 275 mm to write on. */
    private static String page(String room, String after) {
        return """
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Room</title><style>
                  @page { size: A4; margin: 12mm 12mm 10mm 12mm; }
                  body { margin: 0; font-family: "DejaVu Sans"; }
                  .box { border: 1px solid #c9d1dc; min-height: 2cm; margin: 0.2em 0 0.3em; }
                  textarea { display: block; width: 100%%; height: 2cm; border: 1px solid #c9d1dc; font-family: "DejaVu Sans Fields"; }
                  .text { height: 150mm; border-top: 1px solid black; }
                  .kept { page-break-inside: avoid; height: 150mm; border: 1px solid black; }
                </style></head><body>
                <div class="text"><p>Questions</p></div>
                %s
                %s
                </body></html>
                """.formatted(room, after);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<div class=\"box\"></div>", "<form><textarea name=\"evidence\" title=\"Evidence\"></textarea></form>"})
    void aBoxThatEndsItsPageReachesItsFootAndThePagesBreakAsBefore(String room) throws IOException {
        double[] used = used(CONVERTER.convert(page(room, "<div class=\"kept\"><p>Kept</p></div>"), "room.html"));
        assertThat(used).as("pages").hasSize(2);
        // 150 mm and the box's 2 cm were 64 % of the page; the box now takes the rest, less a few mm.
        assertThat(used[0]).isGreaterThan(0.95);
        assertThat(used[1]).isCloseTo(150 / 275.0, within(0.02));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<div class=\"box\"></div>", "<form><textarea name=\"notes\" title=\"Notes\"></textarea></form>"})
    void theLastBoxOfTheDocumentTakesTheRestOfItsPage(String room) throws IOException {
        assertThat(usedOfOnePage(room, "")).isGreaterThan(0.95);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<div class=\"box\"></div>", "<form><textarea name=\"evidence\" title=\"Evidence\"></textarea></form>"})
    void aBoxWithTextBelowItOnItsPageKeepsItsHeight(String room) throws IOException {
        // 150 mm, the box and a line: far from the foot.
        assertThat(usedOfOnePage(room, "<p>The line after the box.</p>")).isLessThan(0.7);
    }

    /** How much of its page a document of one page uses. */
    private static double usedOfOnePage(String room, String after) throws IOException {
        double[] used = used(CONVERTER.convert(page(room, after), "room.html"));
        assertThat(used).as("pages").hasSize(1);
        return used[0];
    }

    private static double[] used(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            double[] used = new double[document.getNumberOfPages()];
            for (int i = 0; i < used.length; i++) used[i] = PrintLayoutTest.used(renderer.renderImage(i, 0.5f, ImageType.GRAY));
            return used;
        }
    }
}
