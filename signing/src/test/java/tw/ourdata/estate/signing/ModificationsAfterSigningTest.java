package tw.ourdata.estate.signing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tw.ourdata.estate.signing.support.EstateFixture;
import tw.ourdata.estate.signing.support.Tampering;
import tw.ourdata.estate.signing.verify.VerificationReport;
import tw.ourdata.estate.signing.verify.Verdict;

/** Changes a reader would see, made in incremental updates after the heirs signed: each one is named. */
class ModificationsAfterSigningTest {
    private final EstateFixture estate = EstateFixture.get();

    @Test
    void aNoteAddedOnThePageAfterSigningMakesTheAgreementInvalid() {
        VerificationReport report = estate.verifier.verify(Tampering.addNoteInIncrementalUpdate(estate.signed()));

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.signatures()).allSatisfy(s -> assertThat(s.changesAfter())
                .containsExactly("revision 6: annotation added on page 1"));
    }

    @Test
    void repaintingAnAlreadySignedFieldIsReported() {
        VerificationReport report = estate.verifier.verify(
                Tampering.repaintSignedFieldInIncrementalUpdate(estate.signed(), "heir-1"));

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.signatures().get(0).changesAfter()).contains("revision 6: signed field heir-1 was altered");
    }

    @Test
    void aPageChangedAfterTheArchiveTimestampInvalidatesItToo() {
        VerificationReport report = estate.verifier.verify(
                Tampering.changeParcelNumberInIncrementalUpdate(estate.withLongTermValidation));

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.documentTimestamps()).singleElement()
                .satisfies(t -> assertThat(t.changesAfter()).anyMatch(c -> c.contains("page 1")));
    }
}
