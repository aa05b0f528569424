package tw.ourdata.estate.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.ourdata.estate.signing.pades.PlatformSeal;
import tw.ourdata.estate.signing.trust.ChainStatus;
import tw.ourdata.estate.signing.verify.SignatureVerifier;
import tw.ourdata.estate.signing.verify.Verdict;
import tw.ourdata.estate.signing.verify.VerificationReport;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;

/** The documents the platform issues are stored sealed, and each verifies on its own. */
@IntegrationTest
class DocumentIssuerTest {

    @LocalServerPort
    int port;
    @Autowired
    DocumentIssuer issuer;
    @Autowired
    DocumentStore store;
    @Autowired
    SignatureVerifier verifier;

    @Test
    void theThreeTaxDocumentsAreIssuedSealedAndVerifyAsValid() {
        UUID caseId = SampleDocuments.newCase(new Http(port));

        DocumentIssuer.Issued notice = issuer.issueTaxAssessmentNotice(caseId, SampleDocuments.assessmentNotice());
        DocumentIssuer.Issued exemption = issuer.issueExemptionCertificate(caseId, SampleDocuments.exemptionCertificate());
        DocumentIssuer.Issued clearance = issuer.issueTaxClearanceCertificate(caseId, SampleDocuments.clearanceCertificate());

        assertThat(store.ofCase(caseId)).extracting(StoredDocument::type).containsExactlyInAnyOrder(
                DocumentType.TAX_ASSESSMENT, DocumentType.EXEMPTION_CERTIFICATE, DocumentType.TAX_CLEARANCE);
        for (DocumentIssuer.Issued issued : java.util.List.of(notice, exemption, clearance)) {
            StoredDocument doc = issued.document();
            assertThat(doc.status()).isEqualTo(DocumentStatus.ISSUED);
            assertThat(doc.caseId()).isEqualTo(caseId);
            assertThat(issued.renderWarnings()).isEmpty();
            byte[] pdf = store.latest(doc.id()).orElseThrow().bytes();
            assertThat(tw.ourdata.estate.common.Sha256.hex(pdf)).isEqualTo(doc.latestSha256());

            VerificationReport report = verifier.verify(pdf);
            assertThat(report.verdict()).as(doc.type() + ": " + report.problems()).isEqualTo(Verdict.VALID);
            assertThat(report.signatures()).singleElement().satisfies(seal -> {
                assertThat(seal.fieldName()).isEqualTo(PlatformSeal.SEAL_FIELD);
                assertThat(seal.signerName()).isEqualTo("OurData Estate Platform Seal");
                assertThat(seal.chainStatus()).isEqualTo(ChainStatus.VALID);
                assertThat(seal.timestampTime()).isNotNull();
                assertThat(seal.intact()).isTrue();
            });
            assertThat(report.documentTimestamps()).as("B-LTA archive timestamp").isNotEmpty();
        }
    }

}
