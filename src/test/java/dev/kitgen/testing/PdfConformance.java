package dev.kitgen.testing;

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
import java.util.ArrayList;
import java.util.List;

/**
 * What veraPDF, as a validator would, says of a PDF against a flavour such as PDF/UA-1
 * ({@code PDFAFlavour.PDFUA_1}) or PDF/A-3u ({@code PDFAFlavour.PDFA_3_U}): every rule it breaks,
 * as {@code "CLAUSE: MESSAGE"}, once each. A PDF that conforms breaks none.
 */
public final class PdfConformance {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** The rules {@code pdf} breaks against {@code flavour}; empty when it conforms. */
    public static List<String> failures(Path pdf, PDFAFlavour flavour) {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = new ArrayList<>(result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + ": " + a.getMessage())
                    .distinct()
                    .toList());
            if (!result.isCompliant() && failed.isEmpty()) failed.add("not compliant, though no rule is named");
            return failed;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not check " + pdf + ": " + e, e);
        }
    }

    private PdfConformance() {}
}
