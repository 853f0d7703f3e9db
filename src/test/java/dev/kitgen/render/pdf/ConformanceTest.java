package dev.kitgen.render.pdf;

import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.PdfConformance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.nio.file.Path;
import java.util.List;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of PDF kitgen writes passes veraPDF's PDF/UA-1 (accessibility) and PDF/A-3a checks. */
class ConformanceTest {

    @TempDir
    static Path cwd;

    @BeforeAll
    static void render() {
        assertThat(Kitgen.run(cwd, "render", "ml-engineer", "--lang", "es", "--format", "pdf")).succeeded();
    }

    @ParameterizedTest
    @ValueSource(strings = {"guide.pdf", "scorecard-system-design.pdf", "packet.pdf"})
    void passesPdfUaAndPdfA(String file) {
        Path pdf = cwd.resolve("out/ml-engineer/es/" + file);
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_A)) {
            assertThat(PdfConformance.failures(pdf, flavour)).as(file + " against " + flavour).isEmpty();
        }
    }
}
