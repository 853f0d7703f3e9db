package dev.kitgen.render.pdf;

import dev.kitgen.testing.Kitgen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of PDF kitgen writes passes veraPDF's PDF/UA-1 (accessibility) and PDF/A-3u checks. */
class ConformanceTest {

    @TempDir
    static Path cwd;

    @BeforeAll
    static void render() {
        VeraGreenfieldFoundryProvider.initialise();
        assertThat(Kitgen.run(cwd, "render", "ml-engineer", "--lang", "es", "--format", "pdf")).succeeded();
    }

    @ParameterizedTest
    @ValueSource(strings = {"guide.pdf", "scorecard-system-design.pdf", "packet.pdf"})
    void passesPdfUaAndPdfA(String file) throws Exception {
        Path pdf = cwd.resolve("out/ml-engineer/es/" + file);
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_U)) {
            try (InputStream in = Files.newInputStream(pdf);
                 PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
                 PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
                ValidationResult result = validator.validate(parser);
                List<String> failed = result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                        .map(a -> a.getRuleId().getClause() + ": " + a.getMessage())
                        .distinct()
                        .toList();
                assertThat(failed).as(file + " against " + flavour).isEmpty();
                assertThat(result.isCompliant()).as(file + " against " + flavour).isTrue();
            }
        }
    }
}
