package tw.ourdata.estate.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tw.ourdata.estate.signing.pades.LongTermValidation;
import tw.ourdata.estate.signing.support.EstateFixture;
import tw.ourdata.estate.signing.trust.ChainStatus;
import tw.ourdata.estate.signing.verify.SignatureReport;
import tw.ourdata.estate.signing.verify.VerificationReport;
import tw.ourdata.estate.signing.verify.Verdict;

class HeirsSignInTurnTest {
    private final EstateFixture estate = EstateFixture.get();

    @Test
    void theUnsignedAgreementIsReportedAsNotSignedWithEveryHeirsFieldOpen() {
        VerificationReport report = estate.verifier.verify(estate.versions.get(0));

        assertThat(report.verdict()).isEqualTo(Verdict.NOT_SIGNED);
        assertThat(report.unsignedFields()).containsExactlyInAnyOrder("heir-1", "heir-2", "heir-3", "heir-4");
    }

    @Test
    void afterEachHeirSignsTheAgreementIsValidAndEachSignatureCoversItsOwnRevision() {
        for (int signed = 1; signed <= 4; signed++) {
            VerificationReport report = estate.verifier.verify(estate.versions.get(signed));

            assertThat(report.verdict()).as("after %d heirs: %s", signed, report.problems()).isEqualTo(Verdict.VALID);
            assertThat(report.totalRevisions()).isEqualTo(signed + 1);
            assertThat(report.signatures()).hasSize(signed);
            assertThat(report.unsignedFields()).hasSize(4 - signed);
            for (int i = 0; i < signed; i++) {
                SignatureReport s = report.signatures().get(i);
                assertThat(s.fieldName()).isEqualTo("heir-" + (i + 1));
                assertThat(s.signerName()).isEqualTo(EstateFixture.NAMES[i]);
                assertThat(s.revision()).as("revision of heir %d", i + 1).isEqualTo(i + 2);
                assertThat(s.totalRevisions()).isEqualTo(signed + 1);
                assertThat(s.intact()).isTrue();
                assertThat(s.chainStatus()).isEqualTo(ChainStatus.VALID);
                assertThat(s.changesAfter()).isEmpty();
                assertThat(s.timestampTime()).isNotNull();
                assertThat(s.claimedSigningTime()).isNotNull();
            }
        }
    }

    @Test
    void theReportMasksNationalIds() {
        VerificationReport report = estate.verifier.verify(estate.signed());

        assertThat(report.signatures()).extracting(SignatureReport::maskedNationalId)
                .containsExactly("A12****789", "B22****781", "F13****093", "H22****787");
        assertThat(report.toString()).doesNotContain("A123456789");
    }

    @Test
    void longTermValidationDataAndAnArchiveTimestampKeepTheAgreementValid() {
        VerificationReport report = estate.verifier.verify(estate.withLongTermValidation);

        assertThat(report.verdict()).as("%s", report.problems()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures()).hasSize(4).allSatisfy(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.changesAfter()).isEmpty();
        });
        assertThat(report.documentTimestamps()).singleElement().satisfies(t -> {
            assertThat(t.fieldName()).isEqualTo(LongTermValidation.ARCHIVE_TIMESTAMP_FIELD);
            assertThat(t.intact()).isTrue();
            assertThat(t.tsaChainStatus()).isEqualTo(ChainStatus.VALID);
            assertThat(t.revision()).isEqualTo(t.totalRevisions());
        });
        assertThat(new String(estate.withLongTermValidation, java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("/DSS").contains("/CRLs").contains("/Certs");
    }

    @Test
    void signatureAppearancesDoNotEmbedAFontPerSignature() {
        List<byte[]> versions = estate.versions;
        int unsigned = versions.get(0).length;
        int signed = versions.get(4).length;

        // Each signature costs its CMS (certificates + timestamp token) and a few hundred bytes of
        // vector appearance; a font subset per signature would add tens of kilobytes each.
        assertThat((signed - unsigned) / 4).isLessThan(24 * 1024);
        assertThat(countOccurrences(versions.get(4), "/FontFile")).isEqualTo(countOccurrences(versions.get(0), "/FontFile"));
        assertThat(countOccurrences(versions.get(4), "/Type /Font")).isEqualTo(countOccurrences(versions.get(0), "/Type /Font"));
    }

    private static int countOccurrences(byte[] pdf, String token) {
        String s = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        int n = 0;
        for (int i = s.indexOf(token); i >= 0; i = s.indexOf(token, i + 1)) {
            n++;
        }
        return n;
    }
}
