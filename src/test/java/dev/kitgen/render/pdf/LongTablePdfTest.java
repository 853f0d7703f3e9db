package dev.kitgen.render.pdf;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.PdfConformance;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Valid kits whose PDFs openhtmltopdf failed on (issue 14), with a NullPointerException in its
 * tagged structure that stopped the whole run: long texts in tables that repeat their header on
 * every page. Each now renders to PDFs that pass PDF/UA-1 and PDF/A-3u and hold their text, and
 * a header is repeated wherever it is short enough to help. {@link TableHeaders} says why each
 * case failed.
 */
class LongTablePdfTest {

    private static final List<String> WORDS = List.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
            "theta", "iota", "kappa", "lambda", "mu");

    @TempDir
    Path cwd;

    /** The coverage table's header held the 3,661 characters, taller than a page; it was repeated on every page. */
    @Test
    void aStageTitleTallerThanAPageIsTheCoverageTablesHeaderOnce() throws IOException {
        String title = "Titlestart " + words(3_641) + " Titleend";
        KitFixtures.write(cwd, "big", "kit.yaml", KitFixtures.tiny("title: Screen", "title: \"" + title + "\"")
                .replace("id: tiny", "id: big"));

        CommandResult result = Kitgen.run(cwd, "render", "big", "--format", "pdf");

        assertThat(result).succeeded().hasNoStackTrace().errIsEmpty().wrote("out/big/en/guide.pdf")
                .wrote("out/big/en/scorecard-screen.pdf").wrote("out/big/en/packet.pdf");
        for (String file : List.of("guide.pdf", "scorecard-screen.pdf", "packet.pdf")) conforms("out/big/en/" + file);
        String guide = text("out/big/en/guide.pdf");
        // Once as the stage's heading, once in the coverage table's legend: not once per page of the table.
        assertThat(count(guide, "Titlestart")).isEqualTo(2);
        assertThat(count(guide, "Titleend")).isEqualTo(2);
        assertThat(pages("out/big/en/guide.pdf")).isLessThan(10);
    }

    /** Fifty columns of 500 characters each made a header taller than a page (the guide, before the fix: a crash). */
    @Test
    void fiftyStagesWithTitlesOf500CharactersFillTheCoverageTablesHeader() throws IOException {
        StringBuilder kit = new StringBuilder("kit: 1\nid: fifty\nlang: en\nrole: R\nsummary: S\ncriteria:\n"
                + "  - id: c\n    title: C\nstages:\n");
        for (int s = 0; s < 50; s++) {
            kit.append("  - id: s").append(s).append("\n    title: \"Stage").append(s).append(' ').append(words(490))
                    .append("\"\n    minutes: 45\n    assesses: [c]\n");
        }
        KitFixtures.write(cwd, "fifty", "kit.yaml", kit.toString());

        CommandResult result = Kitgen.run(cwd, "render", "fifty", "--format", "pdf", "--doc", "guide");

        assertThat(result).succeeded().hasNoStackTrace().errIsEmpty().wrote("out/fifty/en/guide.pdf");
        conforms("out/fifty/en/guide.pdf");
        String guide = text("out/fifty/en/guide.pdf");
        // The coverage table heads its columns with the stages' numbers, 12 to a table, and lists the titles above.
        assertThat(count(guide, "Stage0 ")).as("the first stage, in the process and in the coverage table's legend").isEqualTo(2);
        assertThat(guide).contains("Stage49 ");
    }

    /**
     * The rating table's top margin started at the foot of page 1 and its border on page 2:
     * openhtmltopdf took page 1 for the table's first page and moved its header up onto it, above
     * the rows of page 2. The kit was found by trying lengths of text before the table (four
     * anchors of 1,500 characters, a two-line criterion title, 25 questions); with other fonts or
     * styles the margin falls elsewhere, and the test shows it: page 1 must end with the
     * criterion's detail and page 2 start with the table.
     */
    @Test
    void aTableWhoseTopMarginCrossesAPageBreakStartsWithItsHeader() throws IOException {
        StringBuilder kit = new StringBuilder("kit: 1\nid: margin\nlang: en\nrole: R\nsummary: S\ncriteria:\n"
                + "  - id: c\n    title: \"Criterion " + words(120) + "\"\n    detail: Detail.\n    anchors:\n");
        for (int a = 1; a <= 4; a++) kit.append("      ").append(a).append(": \"").append(words(1_500)).append("\"\n");
        kit.append("stages:\n  - id: s\n    title: Screen\n    days: 1\n    assesses: [c]\n    questions:\n");
        for (int q = 0; q < 25; q++) kit.append("      - id: q").append(q).append("\n        ask: Question ").append(q).append("?\n");
        KitFixtures.write(cwd, "margin", "kit.yaml", kit.toString());

        CommandResult result = Kitgen.run(cwd, "render", "margin", "--format", "pdf", "--doc", "scorecard");

        assertThat(result).succeeded().hasNoStackTrace().errIsEmpty().wrote("out/margin/en/scorecard-s.pdf");
        conforms("out/margin/en/scorecard-s.pdf");
        List<String> pages = pageTexts("out/margin/en/scorecard-s.pdf");
        // The criterion's heading and detail stay with its table, which starts with its header.
        assertThat(pages.get(0)).doesNotContain(" Detail.");
        assertThat(pages.get(1)).contains(" Detail. Rating What each rating looks like ☐ 1 ");
    }

    /** A table that runs over pages with a short header repeats it at the top of each page it continues on. */
    @Test
    void aShortHeaderIsRepeatedOnEveryPageOfItsTable() throws IOException {
        StringBuilder kit = new StringBuilder("kit: 1\nid: wide\nlang: en\nrole: R\nsummary: S\ncriteria:\n");
        for (int i = 0; i < 120; i++) kit.append("  - {id: c").append(i).append(", title: Criterion number ").append(i).append("}\n");
        kit.append("stages:\n  - id: a\n    title: Phone screen\n    assesses: [");
        for (int i = 0; i < 120; i += 2) kit.append(i == 0 ? "" : ", ").append('c').append(i);
        kit.append("]\n  - id: b\n    title: Onsite\n    assesses: [");
        for (int i = 1; i < 120; i += 2) kit.append(i == 1 ? "" : ", ").append('c').append(i);
        kit.append("]\n");
        KitFixtures.write(cwd, "wide", "kit.yaml", kit.toString());

        assertThat(Kitgen.run(cwd, "render", "wide", "--format", "pdf", "--doc", "guide")).succeeded();

        conforms("out/wide/en/guide.pdf");
        List<String> pages = pageTexts("out/wide/en/guide.pdf");
        List<Integer> withRows = new ArrayList<>();
        for (int p = 1; p <= pages.size(); p++) {
            if (pages.get(p - 1).contains("✓")) withRows.add(p);
        }
        assertThat(withRows).as("pages of the coverage table").hasSizeGreaterThan(2);
        for (int p : withRows.subList(1, withRows.size())) {
            assertThat(pages.get(p - 1)).as("page " + p)
                    .startsWith("Page " + p + " of " + pages.size() + " Criterion 1 2 Criterion number ");
        }
    }

    private void conforms(String relative) {
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_U)) {
            assertThat(PdfConformance.failures(cwd.resolve(relative), flavour)).as(relative + " against " + flavour).isEmpty();
        }
    }

    private int pages(String relative) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(cwd.resolve(relative).toFile())) {
            return pdf.getNumberOfPages();
        }
    }

    private String text(String relative) throws IOException {
        return String.join(" ", pageTexts(relative));
    }

    /** The text of each page, its white space made single spaces. */
    private List<String> pageTexts(String relative) throws IOException {
        List<String> texts = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(cwd.resolve(relative).toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                // Without the running header, which comes first: the page starts at its number.
                texts.add(stripper.getText(pdf).replaceAll("\\s+", " ").strip().replaceFirst("^.*?(?=Page \\d+ of \\d+ )", ""));
            }
        }
        return texts;
    }

    private static int count(String text, String word) {
        Matcher m = Pattern.compile(Pattern.quote(word)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** Greek letter names, one after another, cut to {@code length} characters. */
    private static String words(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < length; i++) text.append(i == 0 ? "" : " ").append(WORDS.get(i % WORDS.size()));
        return text.substring(0, length).strip();
    }
}
