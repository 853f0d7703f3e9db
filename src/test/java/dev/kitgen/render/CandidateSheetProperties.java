package dev.kitgen.render;

import dev.kitgen.model.StageKind;
import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Folders;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Kitgen;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random kits whose interviewer-only texts (criteria and their anchors and weights, a custom
 * scale, stage summaries, questions and what to listen for, tips, red flags) each carry a
 * marker word: no marker ever reaches a candidate's sheet, in any format, while the texts
 * written for the candidate do. A failing try prints its seed; the same seed reproduces it.
 */
class CandidateSheetProperties {

    /** Every interviewer-only text starts with this; the candidate-facing ones never do. */
    static final String MARKER = "Zqxsecret";

    @Property(tries = 40)
    void noInterviewerTextReachesTheCandidateSheetInMarkdownOrHtml(@ForAll long seed) throws IOException {
        checkSheets(seed, "md,html");
    }

    /** Fewer tries: a PDF costs a layout each. */
    @Property(tries = 3)
    void noInterviewerTextReachesTheCandidateSheetInPdf(@ForAll long seed) throws IOException {
        checkSheets(seed, "pdf");
    }

    private static void checkSheets(long seed, String formats) throws IOException {
        Random random = new Random(seed);
        Path cwd = Files.createTempDirectory("kitgen-candidate");
        try {
            List<String> shown = new ArrayList<>();
            KitFixtures.write(cwd, "role", "kit.yaml", kit(random, shown));
            CommandResult result = Kitgen.run(cwd, "render", "role", "--doc", "candidate", "--format", formats);
            assertThat(result).as("seed %d", seed).succeeded().hasNoStackTrace();

            for (String format : formats.split(",")) {
                String sheet = text(cwd.resolve("out/role/en/candidate." + format), format);
                assertThat(sheet).as("candidate.%s (seed %d)", format, seed)
                        .doesNotContainIgnoringCase(MARKER).doesNotContain("×")
                        .contains(shown);
            }
        } finally {
            Folders.delete(cwd);
        }
    }

    private static String text(Path file, String format) throws IOException {
        if (!format.equals("pdf")) return Files.readString(file, StandardCharsets.UTF_8);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            // Metadata too: a title or subject is as visible as the page. Lines wrap anywhere a space was.
            return (new PDFTextStripper().getText(pdf) + " " + pdf.getDocumentInformation().getTitle() + " "
                    + pdf.getDocumentInformation().getSubject() + " " + pdf.getDocumentInformation().getKeywords())
                    .replaceAll("\\s+", " ");
        }
    }

    /**
     * A valid kit of 1 to 6 steps of random kinds and lengths; {@code shown} receives the
     * candidate-facing texts the sheet must carry.
     */
    static String kit(Random random, List<String> shown) {
        StringBuilder kit = new StringBuilder("kit: 1\nid: role\nlang: en\nrole: Visible role\nsummary: Visible summary.\n");
        kit.append("hear-back: Visible answer within a week.\n");
        shown.add("Visible answer within a week.");
        if (random.nextBoolean()) {
            kit.append("scale:\n  1: ").append(MARKER).append("scale one\n  2: ").append(MARKER).append("scale two\n");
        }
        int criteria = random.nextInt(3);
        if (criteria > 0) kit.append("criteria:\n");
        for (int c = 0; c < criteria; c++) {
            kit.append("  - id: c").append(c).append("\n    title: ").append(MARKER).append("title").append(c)
                    .append("\n    detail: ").append(MARKER).append("detail\n    weight: ").append(2 + c)
                    .append("\n    anchors:\n      1: ").append(MARKER).append("anchor\n");
        }
        kit.append("stages:\n");
        List<StageKind> kinds = List.of(StageKind.values());
        int stages = 1 + random.nextInt(6);
        for (int s = 0; s < stages; s++) {
            // The criteria need a step that rates them.
            StageKind kind = s == 0 && criteria > 0 ? StageKind.INTERVIEW : kinds.get(random.nextInt(kinds.size()));
            kit.append("  - id: s").append(s).append("\n    kind: ").append(kind.id())
                    .append("\n    title: Visible step ").append(s)
                    .append("\n    summary: ").append(MARKER).append("summary\n");
            shown.add("Visible step " + s);
            if (random.nextBoolean()) kit.append("    minutes: [").append(10 + s).append(", ").append(40 + s).append("]\n");
            if (kind.time() == StageKind.Time.WORK && random.nextBoolean()) kit.append("    window-days: 5\n    paid: true\n");
            if (random.nextBoolean()) {
                kit.append("    meet: Visible person ").append(s).append("\n    prepare: Visible preparation ").append(s).append('\n');
                shown.add("Visible person " + s);
                shown.add("Visible preparation " + s);
            }
            if (criteria > 0 && kind.canRate()) kit.append("    assesses: [c0").append(criteria > 1 ? ", c1" : "").append("]\n");
            kit.append("    questions:\n      - id: q\n        ask: ").append(MARKER).append("ask\n        listen-for: ")
                    .append(MARKER).append("listen\n");
        }
        kit.append("tips:\n  - id: t\n    text: ").append(MARKER).append("tip\n");
        kit.append("red-flags:\n  - id: f\n    text: ").append(MARKER).append("flag\n");
        return kit.toString();
    }
}
