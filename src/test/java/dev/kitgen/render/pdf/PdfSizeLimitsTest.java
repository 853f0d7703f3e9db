package dev.kitgen.render.pdf;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Measured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF is laid out and built whole in memory, so one beyond {@link PdfConverter#MAX_PAGES}
 * pages, or made from a page beyond {@link PdfConverter#MAX_PAGE_CHARACTERS} characters, is
 * refused before it takes that memory: the packet of the largest kit the limits allow (5,090
 * pages) ran a JVM to 4.9 GB, and out of memory with the 1.75 GB heap of a 7 GB CI runner. The
 * refusal names the kit and the document and says what to render instead; other kits are still
 * written. The work is bounded by what the JVM counts: the bytes the rendering thread allocates
 * (a render of one document runs on it).
 */
class PdfSizeLimitsTest {

    @TempDir
    Path cwd;

    @Test
    void thePacketOfTheLargestKitIsRefusedBeforeItIsLaidOut() {
        KitFixtures.write(cwd, "x", "kit.yaml", KitFixtures.everyStageAssessesEveryCriterion("x", 200, 50));

        Measured run = Measured.run(cwd, "render", "x", "--format", "pdf", "--doc", "packet");

        assertThat(run.result()).failedValidation().hasNoStackTrace();
        assertThat(run.result().err()).matches("kits/x/kit.yaml: error: x/en/packet.pdf is too large to render: the "
                + "HTML it is made from has \\d{7,8} characters, and a PDF is made from at most 2000000 \\(about 1000 "
                + "pages\\); render the guide and the scorecards, which the packet holds, as PDFs of their own "
                + "\\(--doc guide, then --doc scorecard\\)\\n1 error, 0 warnings\\n");
        assertThat(cwd.resolve("out")).doesNotExist();
        // Reading the kit and rendering the packet's HTML: about 530 MiB since the print layout's
        // running headers, forms and split coverage tables; laying the packet out would take GBs.
        assertThat(run.allocatedMiB()).as("allocated MiB").isLessThan(768);
        System.out.println("packet of 200 criteria x 50 stages refused: " + run);
    }

    @Test
    void aRefusedPdfStopsNoOtherKit() {
        KitFixtures.write(cwd, "x", "kit.yaml", KitFixtures.everyStageAssessesEveryCriterion("x", 200, 50));
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY);

        CommandResult result = Kitgen.run(cwd, "render", "x", "tiny", "--format", "pdf", "--doc", "packet");

        assertThat(result).failedValidation().hasNoStackTrace().wrote("out/tiny/en/packet.pdf")
                .errContains("kits/x/kit.yaml: error: x/en/packet.pdf is too large to render: ");
        assertThat(cwd.resolve("out/x")).doesNotExist();
    }

    /** 1,201 nearly empty pages (one per criterion, six times over, after an empty first one), from a small page. */
    @Test
    void aPdfOfMorePagesThanTheLimitIsRefusedBeforeItIsPainted() throws IOException {
        KitFixtures.write(cwd, "x", "kit.yaml", KitFixtures.everyStageAssessesEveryCriterion("x", 200, 1));
        Files.createDirectories(cwd.resolve("templates"));
        Files.writeString(cwd.resolve("templates/guide.html.mustache"), """
                <!DOCTYPE html>
                <html lang="{{doc.lang}}" xmlns="http://www.w3.org/1999/xhtml">
                  <head><title>{{doc.title}}</title></head>
                  <body>
                """ + "{{#criteria}}<p style=\"page-break-before: always\">{{title}}</p>{{/criteria}}\n".repeat(6) + """
                  </body>
                </html>
                """);

        Measured run = Measured.run(cwd, "render", "x", "--format", "pdf", "--doc", "guide");

        assertThat(run.result()).failedValidation().hasNoStackTrace().errLinesAre(
                "kits/x/kit.yaml: error: x/en/guide.pdf is too large to render: it would have 1201 pages, and a "
                        + "PDF has at most 1000; shorten the kit's texts, or split the kit into smaller kits",
                "1 error, 0 warnings");
        assertThat(cwd.resolve("out")).doesNotExist();
        // Laid out, not painted: about 51 MiB, and 68 MiB since PDFs check their characters against
        // fonts for every script and lay text out with ICU's bidi (its data, and DejaVu Sans read
        // once more to check the kit's texts). Painting 801 such pages (four times over) took 78 MiB more.
        assertThat(run.allocatedMiB()).as("allocated MiB").isLessThan(80);
        System.out.println("1,201 pages refused: " + run);
    }
}
