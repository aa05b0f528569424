package tw.ourdata.estate.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.validation.ValidatorChainBuilder;
import com.itextpdf.signatures.validation.report.ValidationReport;
import com.itextpdf.signatures.validation.report.ValidationReport.ValidationResult;

import tw.ourdata.estate.signing.pades.DeferredPadesSigner;
import tw.ourdata.estate.signing.pades.LongTermValidation;
import tw.ourdata.estate.signing.support.EstateFixture;
import tw.ourdata.estate.signing.support.PartitionAgreementPdf;
import tw.ourdata.estate.signing.support.Tampering;
import tw.ourdata.estate.signing.tsa.InProcessTsa;

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

    /**
     * The platform adds the CRLs moments after the last heir signed, often within the same second, and the time of
     * the heir's signature timestamp is when iText judges them, with one minute of freshness. A timestamp authority
     * whose clock runs two seconds ahead of ours makes that certain; a CRL back-dated by a whole minute was then
     * stale (CI saw it once without the skew).
     */
    @Test
    void iTextFindsTheCrlsFreshForASignatureTimestampedSecondsBeforeThem() throws Exception {
        InProcessTsa aheadByTwoSeconds = new InProcessTsa(estate.ca.timestampAuthority(),
                Clock.offset(Clock.systemUTC(), Duration.ofSeconds(2)));
        byte[] signed = EstateFixture.signInTurn(new DeferredPadesSigner(estate.trust, aheadByTwoSeconds),
                PartitionAgreementPdf.withSignatureFields(1), PartitionAgreementPdf.fieldOf(1), estate.heirs.get(0));
        byte[] sealed = new LongTermValidation(estate.trust, estate.tsa).extend(signed);

        ValidationReport report = validate(sealed);

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
