package tw.ourdata.estate.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.cert.Certificate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.validation.ValidatorChainBuilder;
import com.itextpdf.signatures.validation.report.ValidationReport;
import com.itextpdf.signatures.validation.report.ValidationReport.ValidationResult;

import tw.ourdata.estate.signing.support.EstateFixture;
import tw.ourdata.estate.signing.support.Tampering;

/**
 * iText's own validator (signatures, chains, the DSS revocation data, and its document-revision / DocMDP
 * checks) as a third opinion. iText does not take intermediate certificates from the CMS, so the issuing CA
 * is given as a known certificate (in production it comes from the AIA or the server's trust endpoint).
 */
class ITextValidatorCrossCheckTest {
    private final EstateFixture estate = EstateFixture.get();

    @Test
    void iTextFindsTheLongTermAgreementValid() throws Exception {
        ValidationReport report = validate(estate.withLongTermValidation);

        assertThat(report.getValidationResult()).as("%s", report.getFailures()).isEqualTo(ValidationResult.VALID);
    }

    @Test
    void iTextReportsThePageChangedAfterTheHeirsSigned() throws Exception {
        ValidationReport report = validate(Tampering.changeParcelNumberInIncrementalUpdate(estate.withLongTermValidation));

        assertThat(report.getValidationResult()).isEqualTo(ValidationResult.INVALID);
        assertThat(report.getFailures()).anySatisfy(f -> {
            assertThat(f.getCheckName()).isEqualTo("DocMDP check.");
            assertThat(f.getMessage()).contains("Page was unexpectedly modified");
        });
    }

    private ValidationReport validate(byte[] pdf) throws Exception {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return new ValidatorChainBuilder()
                    .withTrustedCertificates(List.<Certificate>of(estate.ca.rootCertificate()))
                    .withKnownCertificates(List.<Certificate>of(estate.ca.issuingCertificate()))
                    .buildSignatureValidator(doc)
                    .validateSignatures();
        }
    }
}
