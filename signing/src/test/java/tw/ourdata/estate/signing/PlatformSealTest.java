package tw.ourdata.estate.signing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.validation.reports.Reports;
import tw.ourdata.estate.signing.pades.PlatformSeal;
import tw.ourdata.estate.signing.support.DssValidation;
import tw.ourdata.estate.signing.support.EstateFixture;
import tw.ourdata.estate.signing.support.PartitionAgreementPdf;
import tw.ourdata.estate.signing.trust.ChainStatus;
import tw.ourdata.estate.signing.verify.VerificationReport;
import tw.ourdata.estate.signing.verify.Verdict;

class PlatformSealTest {
    private final EstateFixture estate = EstateFixture.get();

    @Test
    void aTaxNoticeSealedByThePlatformVerifiesOnItsOwnAtLevelLta() {
        byte[] notice = PartitionAgreementPdf.withSignatureFields(0);

        byte[] sealed = new PlatformSeal(estate.ca.platformSeal(), estate.trust, estate.tsa)
                .seal(notice, "Estate tax assessment notice issued by OurData Estate");

        VerificationReport report = estate.verifier.verify(sealed);
        assertThat(report.verdict()).as("%s", report.problems()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures()).singleElement().satisfies(s -> {
            assertThat(s.fieldName()).isEqualTo(PlatformSeal.SEAL_FIELD);
            assertThat(s.signerName()).isEqualTo("OurData Estate Platform Seal");
            assertThat(s.chainStatus()).isEqualTo(ChainStatus.VALID);
            assertThat(s.timestampTime()).isNotNull();
        });
        assertThat(report.documentTimestamps()).hasSize(1);

        Reports dss = DssValidation.validate(sealed, estate.ca.rootCertificate());
        String id = dss.getSimpleReport().getFirstSignatureId();
        assertThat(dss.getSimpleReport().getIndication(id)).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(dss.getSimpleReport().getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_LTA);
    }
}
