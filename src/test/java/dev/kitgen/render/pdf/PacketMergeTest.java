package dev.kitgen.render.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A merge that fails part-way closes every document it was given, those it had not taken yet too. */
class PacketMergeTest {

    private static final PdfConverter CONVERTER = new PdfConverter("kitgen test", null);

    private static PdfConverter.Pdf packed(String title) {
        return CONVERTER.laidOut("""
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>%s</title></head>
                <body><h1>%s</h1><p>Text.</p></body></html>
                """.formatted(title, title), title + ".html", true);
    }

    @Test
    void aMergeThatFailsPartWayClosesTheDocumentsItHadNotTaken() throws IOException {
        PdfConverter.Pdf front = packed("Front");
        List<PdfConverter.Pdf> parts = List.of(packed("First"), packed("Second"), packed("Third"));
        List<PDDocument> kept = new ArrayList<>(List.of(front.kept()));
        parts.forEach(part -> kept.add(part.kept()));
        // The merger refuses a closed document: the packet fails on the second part.
        parts.get(1).kept().close();

        assertThatThrownBy(() -> CONVERTER.packet(front, parts, "packet"))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("closed");

        assertThat(kept).allSatisfy(document -> assertThat(document.getDocument().isClosed()).isTrue());
        assertThat(parts).allSatisfy(part -> assertThat(part.kept()).isNull());
    }
}
