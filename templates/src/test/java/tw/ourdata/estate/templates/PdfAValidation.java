package tw.ourdata.estate.templates;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * PDF/A-2b validation with veraPDF (Greenfield parser), the reference validator of the PDF
 * Association, so conformance is not judged by the same library that wrote the file.
 */
final class PdfAValidation {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAValidation() {
    }

    /** The failed rules, as "clause-test: message"; empty when the file is PDF/A-2b compliant. */
    static List<String> pdfA2bFailures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .toList();
            if (!result.isCompliant() && failures.isEmpty()) {
                return List.of("not compliant, without a failed assertion listed");
            }
            return failures;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the file", e);
        }
    }
}
