package tw.ourdata.estate.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.reports.Reports;
import tw.ourdata.estate.signing.support.DssValidation;
import tw.ourdata.estate.signing.support.EstateFixture;
import tw.ourdata.estate.signing.support.Tampering;
import tw.ourdata.estate.signing.verify.VerificationReport;
import tw.ourdata.estate.signing.verify.Verdict;

/** EU DSS 6.4, a validator written independently of iText, must agree with our verifier. */
class DssCrossCheckTest {
    private final EstateFixture estate = EstateFixture.get();

    @Test
    void dssPassesEveryHeirsSignatureOfTheLongTermAgreementAtLevelLta() {
        Reports reports = DssValidation.validate(estate.withLongTermValidation, estate.ca.rootCertificate());
        SimpleReport simple = reports.getSimpleReport();

        assertThat(simple.getSignatureIdList()).hasSize(4);
        for (String id : simple.getSignatureIdList()) {
            SignatureWrapper signature = reports.getDiagnosticData().getSignatureById(id);
            assertThat(simple.getIndication(id)).as("%s: %s", signature.getSignatureFieldNames(),
                    messages(simple, id)).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(simple.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_LTA);
            assertThat(signature.arePdfModificationsDetected()).isFalse();
        }
    }

    @Test
    void dssFindsEveryTimestampedHeirSignatureIntactBeforeValidationDataIsAdded() {
        Reports reports = DssValidation.validate(estate.signed(), estate.ca.rootCertificate());

        List<SignatureWrapper> signatures = reports.getDiagnosticData().getSignatures();
        assertThat(signatures).hasSize(4).allSatisfy(s -> {
            assertThat(s.isSignatureIntact()).isTrue();
            assertThat(s.isSignatureValid()).isTrue();
            assertThat(s.getSignatureFormat()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
            assertThat(s.arePdfModificationsDetected()).isFalse();
            assertThat(s.getSigningCertificate().getCertificateChain())
                    .anySatisfy(c -> assertThat(c.isTrusted()).isTrue());
        });
        assertThat(signatures).extracting(s -> s.getSignatureFieldNames().get(0))
                .containsExactlyInAnyOrder("heir-1", "heir-2", "heir-3", "heir-4");
    }

    @Test
    void aPageChangedAfterTheHeirsSignedIsReportedByDssAndByOurVerifier() {
        byte[] tampered = Tampering.changeParcelNumberInIncrementalUpdate(estate.signed());

        Reports reports = DssValidation.validate(tampered, estate.ca.rootCertificate());
        SimpleReport simple = reports.getSimpleReport();
        for (String id : simple.getSignatureIdList()) {
            SignatureWrapper signature = reports.getDiagnosticData().getSignatureById(id);
            // The signatures themselves are intact: the change lives in a later revision.
            assertThat(signature.isSignatureIntact()).isTrue();
            assertThat(signature.arePdfModificationsDetected()).isTrue();
            assertThat(signature.getPdfVisualDifferenceConcernedPages()).extracting(Number::intValue).contains(1);
            // DSS's default policy only warns about it, so the warning itself is what we check.
            assertThat(messages(simple, id)).anyMatch(m -> m.contains("Visual difference") && m.contains("1"));
        }

        VerificationReport ours = estate.verifier.verify(tampered);
        assertThat(ours.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(ours.signatures()).allSatisfy(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.verdict()).isEqualTo(Verdict.INVALID);
            assertThat(s.changesAfter()).containsExactly("revision 6: page 1 content or resources changed");
        });
        assertThat(ours.problems()).anyMatch(p -> p.startsWith("heir-1") && p.contains("page 1"));
    }

    @Test
    void aByteFlippedInsideASignedRevisionBreaksTheSignatureForDssAndForOurVerifier() {
        byte[] tampered = Tampering.flipByteInPlace(estate.signed(), "(D:20");

        Reports reports = DssValidation.validate(tampered, estate.ca.rootCertificate());
        assertThat(reports.getDiagnosticData().getSignatures()).allSatisfy(s -> assertThat(s.isSignatureIntact()).isFalse());
        for (String id : reports.getSimpleReport().getSignatureIdList()) {
            assertThat(reports.getSimpleReport().getIndication(id)).isEqualTo(Indication.TOTAL_FAILED);
        }

        VerificationReport ours = estate.verifier.verify(tampered);
        assertThat(ours.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(ours.signatures()).allSatisfy(s -> assertThat(s.intact()).isFalse());
    }

    private static List<String> messages(SimpleReport simple, String id) {
        List<String> all = new java.util.ArrayList<>();
        simple.getAdESValidationErrors(id).forEach(m -> all.add(m.getValue()));
        simple.getAdESValidationWarnings(id).forEach(m -> all.add(m.getValue()));
        return all;
    }

}
