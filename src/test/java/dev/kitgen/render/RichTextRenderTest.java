package dev.kitgen.render;

import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.PdfConformance;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonmark.node.BulletList;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.kitgen.render.EscapingTest.MARKDOWN;
import static dev.kitgen.render.EscapingTest.collect;
import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kit whose texts use the Markdown subset, and whose tips hold every hostile link, rendered in
 * every document and format: the lists are lists, the links work, and no other link exists.
 */
class RichTextRenderTest {

    static final String ALLOWED = "#.*|(?i)(https?://|mailto:)\\S+";

    @TempDir
    static Path cwd;

    static Path out;

    @BeforeAll
    static void render() {
        StringBuilder tips = new StringBuilder("tips:\n");
        int n = 0;
        for (String link : RichTextWriterTest.HOSTILE_LINKS) {
            tips.append("  - id: hostile-").append(++n).append("\n    text: |\n      Hostile ").append(n).append(": ")
                    .append(link.replace("\n", "\n      ")).append('\n');
        }
        String kit = KitFixtures.tiny("summary: Builds tiny things.", "summary: |\n"
                        + RichTextWriterTest.AGENDA.indent(2))
                .replace("      4: Writes code others extend.", "      4: |\n        - Writes code *others* extend\n"
                        + "        - Reviews with [the guide](https://example.com/review)")
                .replace("tips:\n  - id: listen\n    text: Listen more than you talk.", tips.toString().strip());
        KitFixtures.write(cwd, "tiny", "kit.yaml", kit);
        assertThat(Kitgen.run(cwd, "render", "tiny", "--format", "md,html,pdf")).succeeded().errIsEmpty();
        out = cwd.resolve("out/tiny/en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"guide.html", "scorecard-screen.html", "packet.html"})
    void htmlHasTheListsAndOnlyTheAllowedLinks(String file) throws IOException {
        Document doc = Jsoup.parse(Files.readString(out.resolve(file)));

        assertThat(doc.select("script, img, iframe, object")).isEmpty();
        assertThat(doc.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).matches(ALLOWED));
        assertThat(doc.select("[style], [onerror], [onclick], [src]")).isEmpty();
        if (!file.startsWith("guide")) {
            assertThat(doc.select("td ul > li").eachText()).contains("Writes code others extend", "Reviews with the guide");
            assertThat(doc.select("a[href^=https://example.com/review]").eachText()).contains("the guide");
        }
        if (!file.startsWith("scorecard")) {
            assertThat(doc.select(".lead ol > li")).hasSize(3);
            assertThat(doc.select(".lead a[href]").eachAttr("href"))
                    .containsExactly("https://example.com/handbook", "mailto:jobs@example.com");
            assertThat(doc.select("#tips li, #guide-tips li").eachText()).allSatisfy(tip -> assertThat(tip).startsWith("Hostile "))
                    .hasSize(RichTextWriterTest.HOSTILE_LINKS.size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"guide.md", "scorecard-screen.md", "packet.md"})
    void markdownHasTheListsAndOnlyTheAllowedLinks(String file) throws IOException {
        Node doc = MARKDOWN.parse(Files.readString(out.resolve(file)));

        assertThat(collect(doc, Link.class)).allSatisfy(l -> assertThat(l.getDestination()).matches(ALLOWED));
        assertThat(collect(doc, Image.class)).isEmpty();
        assertThat(collect(doc, HtmlInline.class)).isEmpty();
        if (!file.startsWith("guide")) {
            assertThat(collect(doc, Link.class)).extracting(Link::getDestination).contains("https://example.com/review");
        }
        if (!file.startsWith("scorecard")) {
            assertThat(collect(doc, org.commonmark.node.OrderedList.class)).anySatisfy(list ->
                    assertThat(collect(list, ListItem.class)).hasSize(5));
            assertThat(collect(doc, BulletList.class)).isNotEmpty();
            assertThat(collect(doc, Link.class)).extracting(Link::getDestination)
                    .contains("https://example.com/handbook", "mailto:jobs@example.com");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"guide.pdf", "scorecard-screen.pdf", "packet.pdf"})
    void pdfLinksOnlyToTheAllowedAddressesAndShowsTheLists(String file) throws IOException {
        List<String> uris = new ArrayList<>();
        String text;
        try (PDDocument pdf = Loader.loadPDF(out.resolve(file).toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) uris.add(uri.getURI());
                }
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(pdf);
        }

        assertThat(uris).allSatisfy(uri -> assertThat(uri).matches(ALLOWED));
        if (!file.startsWith("guide")) {
            assertThat(uris).contains("https://example.com/review");
            assertThat(text).contains("Writes code others extend", "Reviews with the guide");
        }
        if (!file.startsWith("scorecard")) {
            assertThat(uris).contains("https://example.com/handbook", "mailto:jobs@example.com");
            assertThat(text).contains("Kick-off with the team", "bring a laptop", "Hostile 1: a (javascript:alert(1))");
        }
    }

    @Test
    void pdfWithLinksAndListsStaysAccessibleAndArchivable() {
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_U)) {
            assertThat(PdfConformance.failures(out.resolve("guide.pdf"), flavour)).as("guide.pdf against " + flavour).isEmpty();
        }
    }
}
