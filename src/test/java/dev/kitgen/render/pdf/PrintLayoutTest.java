package dev.kitgen.render.pdf;

import dev.kitgen.testing.Kitgen;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped kit printed as a hiring lead prints it, on A4 and on letter, in English and
 * Spanish: few pages, and every page says what it is. Page counts are read back with PDFBox.
 */
class PrintLayoutTest {

    @TempDir
    static Path cwd;

    @BeforeAll
    static void render() {
        for (String paper : List.of("a4", "letter")) {
            assertThat(Kitgen.run(cwd, "render", "ml-engineer", "--lang", "en,es", "--format", "pdf", "--paper", paper,
                    "--out", paper)).succeeded();
        }
    }

    @ParameterizedTest
    @CsvSource({"a4,en", "a4,es", "letter,en", "letter,es"})
    void theGuideTakesAtMostFourPages(String paper, String lang) throws IOException {
        assertThat(pages(cwd.resolve(paper + "/ml-engineer/" + lang + "/guide.pdf"))).hasSizeLessThanOrEqualTo(4);
    }

    /**
     * Each stage of the shipped kit lasts at most an hour and rates at most three criteria; its
     * scorecard fits on few sheets and every page carries the scorecard's title, the candidate
     * line and its own page number, so a loose page can be matched back.
     */
    @ParameterizedTest
    @CsvSource({"a4,en,Candidate,Page", "a4,es,Candidato/a,Página", "letter,en,Candidate,Page", "letter,es,Candidato/a,Página"})
    void everyScorecardPageSaysWhatItIs(String paper, String lang, String candidate, String page) throws IOException {
        for (Path pdf : scorecards(cwd.resolve(paper + "/ml-engineer/" + lang))) {
            List<String> pages = pages(pdf);
            // The goal is 2 pages; the scorecards of three criteria still take 3 (see the report).
            assertThat(pages).as(pdf.toString()).hasSizeLessThanOrEqualTo(3);
            String title = firstLine(pages.get(0));
            for (int i = 0; i < pages.size(); i++) {
                assertThat(pages.get(i)).as(pdf + " page " + (i + 1))
                        .contains(title.substring(0, title.indexOf(candidate)).strip(), candidate + ":")
                        .contains(page + " " + (i + 1) + " ");
            }
        }
    }

    /**
     * A front page with the contents, the guide and each scorecard as on their own (the packet is
     * joined from their PDFs); each scorecard starts a page that names it in its header.
     */
    @ParameterizedTest
    @CsvSource({"a4,en,Scorecard:", "letter,es,Hoja de evaluación:"})
    void aPacketIsShortAndEachPartsPagesNameIt(String paper, String lang, String scorecard) throws IOException {
        List<String> packet = pages(cwd.resolve(paper + "/ml-engineer/" + lang + "/packet.pdf"));
        assertThat(packet.size()).as("pages of the packet (24 before the compact layout)").isLessThanOrEqualTo(1 + 4 + 4 * 2);
        assertThat(firstLine(packet.get(0))).doesNotContain(scorecard);
        long headed = packet.stream().filter(text -> firstLine(text).contains(scorecard)).count();
        assertThat(headed).as("pages headed by a scorecard's title").isGreaterThanOrEqualTo(4);
    }

    private static String firstLine(String page) {
        return page.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    }

    private static List<Path> scorecards(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().startsWith("scorecard-")).sorted().toList();
            assertThat(found).hasSize(4);
            return found;
        }
    }

    /** The text of each page. */
    private static List<String> pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }
}
