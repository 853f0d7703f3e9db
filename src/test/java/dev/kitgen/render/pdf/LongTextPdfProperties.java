package dev.kitgen.render.pdf;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Folders;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.PdfConformance;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random valid kits with long texts in every field (role, summary, scale labels, criterion
 * titles, details and anchors, stage titles, run-by and summaries, questions and what to listen
 * for, tips, red flags), rendered to every PDF with its tagged structure (PDF/UA) on. Long
 * texts land in table cells (stage titles in the coverage table's header, scale labels and
 * anchors in the rating tables) and make rows and headers taller than a page, and the texts
 * before each table put it at any height of a page, so tables break across pages everywhere.
 * Every PDF renders, passes veraPDF's PDF/UA-1 checks and has no runaway pages, and the packet
 * holds every text from its first word to its last. A failing try prints its seed; the same seed
 * reproduces it.
 */
class LongTextPdfProperties {

    private static final List<String> WORDS = List.of("interview", "candidate", "trade-off", "latency,", "model.",
            "système", "données", "данные", "модель", "μέτρο", "δεδομένα", "a/b", "x", "throughput", "on-call",
            "évaluation", "review;", "p99", "rollback", "feature-store");

    /** Three tries, each a kit of 3 to 8 PDFs checked by veraPDF: about 16 s of CPU each, counted as tries, never timed. */
    @Property(tries = 3, shrinking = ShrinkingMode.OFF)
    void everyPdfOfAKitWithLongTextsIsTaggedAndWhole(@ForAll long seed) throws IOException {
        check(seed, List.of(PDFAFlavour.PDFUA_1));
    }

    /**
     * The kit of seed 59437: a rating table whose first row does not fit at the foot of page 9, so
     * openhtmltopdf moved its rows to page 10 and left the table's top on page 9 (see
     * {@link TableHeaders}); two scorecards and the packet ended in a NullPointerException.
     */
    @Example
    void aTableWhoseRowsMoveToTheNextPageWithoutItsTopRenders() throws IOException {
        check(59437, List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_U));
    }

    /** The generator makes only kits that validate (seed 3235 once made 'anchors:' with nothing under it). */
    @Property(tries = 300, shrinking = ShrinkingMode.OFF)
    void everyGeneratedKitIsValid(@ForAll long seed) throws IOException {
        Path cwd = Files.createTempDirectory("kitgen-long-texts");
        try {
            KitFixtures.write(cwd, "long", "kit.yaml", kit(new Random(seed), new ArrayList<>()));

            // Warnings may come (an odd scale has a middle point); errors may not.
            assertThat(Kitgen.run(cwd, "validate", "long")).as("seed %d", seed).succeeded().hasNoStackTrace();
        } finally {
            Folders.delete(cwd);
        }
    }

    @Example
    void theKitOfSeed3235IsValid() throws IOException {
        everyGeneratedKitIsValid(3235);
    }

    private static void check(long seed, List<PDFAFlavour> flavours) throws IOException {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        String kit = kit(random, texts);
        String paper = random.nextBoolean() ? "a4" : "letter";
        Path cwd = Files.createTempDirectory("kitgen-long-texts");
        try {
            KitFixtures.write(cwd, "long", "kit.yaml", kit);

            CommandResult result = Kitgen.run(cwd, "render", "long", "--format", "pdf", "--paper", paper);

            assertThat(result).as("seed %d", seed).succeeded().hasNoStackTrace();
            List<Path> pdfs;
            try (Stream<Path> files = Files.list(cwd.resolve("out/long/en"))) {
                pdfs = files.sorted().toList();
            }
            for (Path pdf : pdfs) {
                String text = text(pdf, seed);
                if (pdf.getFileName().toString().equals("packet.pdf")) {
                    for (int i = 0; i < texts.size(); i++) {
                        assertThat(text).as("seed %d: the packet holds text %d, %s", seed, i, texts.get(i))
                                .contains(start(i)).contains(end(i));
                    }
                }
                for (PDFAFlavour flavour : flavours) {
                    assertThat(PdfConformance.failures(pdf, flavour)).as("seed %d: %s against %s", seed, pdf.getFileName(), flavour)
                            .isEmpty();
                }
            }
            Statistics.label("documents").collect(pdfs.size());
        } finally {
            Folders.delete(cwd);
        }
    }

    /** The text of {@code pdf}, after checking that it has no more pages than its text needs. */
    private static String text(Path pdf, long seed) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            // A page of these documents holds 500 to 3,000 characters, the narrowest columns the fewest,
            // and a block moved whole to the next page may leave half a page empty; a header repeated
            // on pages it did not fit made thousands of pages out of a few rows.
            assertThat(document.getNumberOfPages()).as("seed %d: pages of %s, with %d characters", seed,
                    pdf.getFileName(), text.length()).isLessThanOrEqualTo(3 + text.length() / 150);
            return text;
        }
    }

    /** A valid kit of 1 to 4 criteria and 1 to 5 stages whose every text is {@link #text}; adds each to {@code texts}. */
    private static String kit(Random random, List<String> texts) {
        int criteria = 1 + random.nextInt(4);
        int stages = 1 + random.nextInt(5);
        int ratings = random.nextBoolean() ? 4 : 2 + random.nextInt(5);
        StringBuilder kit = new StringBuilder("kit: 1\nid: long\nlang: en\n");
        kit.append("role: ").append(text(random, texts)).append("\nsummary: ").append(text(random, texts)).append('\n');
        if (ratings != 4 || random.nextBoolean()) {
            kit.append("scale:\n");
            for (int r = 1; r <= ratings; r++) kit.append("  ").append(r).append(": ").append(text(random, texts)).append('\n');
        }
        kit.append("criteria:\n");
        for (int c = 0; c < criteria; c++) {
            kit.append("  - id: c").append(c).append("\n    title: ").append(text(random, texts))
                    .append("\n    weight: ").append(1 + random.nextInt(3)).append('\n');
            if (random.nextBoolean()) kit.append("    detail: ").append(text(random, texts)).append('\n');
            StringBuilder anchors = new StringBuilder();
            for (int r = 1; r <= ratings; r++) {
                if (random.nextInt(4) > 0) anchors.append("      ").append(r).append(": ").append(text(random, texts)).append('\n');
            }
            // 'anchors:' with nothing under it is no mapping, and the kit would not validate.
            if (!anchors.isEmpty()) kit.append("    anchors:\n").append(anchors);
        }
        kit.append("stages:\n");
        for (int s = 0; s < stages; s++) stage(kit, s, s == stages - 1 ? criteria : 1 + random.nextInt(criteria), random, texts);
        kit.append("tips:\n");
        int tips = 1 + random.nextInt(2);
        for (int t = 0; t < tips; t++) kit.append("  - id: t").append(t).append("\n    text: ").append(text(random, texts)).append('\n');
        kit.append("red-flags:\n");
        int flags = 1 + random.nextInt(2);
        for (int f = 0; f < flags; f++) {
            kit.append("  - id: f").append(f).append("\n    text: ").append(text(random, texts)).append('\n');
            if (random.nextBoolean()) kit.append("    criterion: c").append(random.nextInt(criteria)).append('\n');
        }
        return kit.toString();
    }

    /** Stage {@code s}, assessing the first {@code assessed} criteria (the last stage assesses them all). */
    private static void stage(StringBuilder kit, int s, int assessed, Random random, List<String> texts) {
        kit.append("  - id: s").append(s).append("\n    title: ").append(text(random, texts)).append("\n    days: 1\n");
        kit.append("    run-by: ").append(text(random, texts)).append("\n    summary: ").append(text(random, texts));
        kit.append("\n    assesses: [");
        for (int c = 0; c < assessed; c++) kit.append(c == 0 ? "" : ", ").append('c').append(c);
        kit.append("]\n");
        int questions = random.nextInt(4);
        if (questions > 0) kit.append("    questions:\n");
        for (int q = 0; q < questions; q++) {
            kit.append("      - id: q").append(q).append("\n        ask: ").append(text(random, texts))
                    .append("\n        listen-for: ").append(text(random, texts)).append('\n');
        }
    }

    /**
     * A quoted YAML text, numbered by its place in {@code texts}: a word that marks its start,
     * words of many scripts, and one that marks its end. Most are short; one in four runs to
     * hundreds of characters, and one in eight to 3,000 or more, taller than a page in a narrow column.
     */
    private static String text(Random random, List<String> texts) {
        int n = texts.size();
        int roll = random.nextInt(8);
        int length = roll < 4 ? random.nextInt(40) : roll < 6 ? 100 + random.nextInt(700)
                : roll < 7 ? 800 + random.nextInt(1_200) : 3_000 + random.nextInt(1_500);
        StringBuilder text = new StringBuilder(start(n));
        while (text.length() < length) text.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
        text.append(' ').append(end(n));
        texts.add(text.toString());
        return "\"" + text + "\"";
    }

    private static String start(int n) {
        return "Begin" + n + "x";
    }

    private static String end(int n) {
        return "Finish" + n + "x";
    }
}
