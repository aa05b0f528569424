package tw.ourdata.estate.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tw.ourdata.estate.support.Http.bearer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.succession.Heir;
import tw.ourdata.estate.succession.HeirRelation;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;
import tw.ourdata.estate.support.Notices;
import tw.ourdata.estate.support.TestIds;

@IntegrationTest
class TaxAssessmentsTest {

    @LocalServerPort
    int port;
    @Autowired
    TaxAssessments assessments;

    UUID caseId;

    @BeforeEach
    void openCase() {
        Http.Response created = new Http(port).postJson("/api/v1/death-notices", bearer("dev-registration-office"),
                Notices.valid(TestIds.registrationNumber()));
        caseId = UUID.fromString(created.json().get("caseId").asText());
    }

    /** Worked example 1: spouse and an adult son, 22,000,000 in Taiwan, death in January 2025. */
    static EstateFacts example1() {
        return new EstateFacts(LocalDate.of(2025, 1, 15), false, true,
                List.of(new Asset(AssetKind.LAND, 15_000_000L, false), new Asset(AssetKind.DEPOSIT, 7_000_000L, false)),
                List.of(), List.of(), 0L, 0L, null,
                List.of(new Heir(HeirRelation.SPOUSE, LocalDate.of(1955, 1, 1), false, false, null, false),
                        new Heir(HeirRelation.CHILD, LocalDate.of(1980, 1, 1), false, false, null, false)),
                List.of());
    }

    @Test
    void anOfficerAdjustsWithAReasonAndApprovesTheNewVersion() {
        TaxAssessment first = assessments.propose(caseId, example1(), "system", null);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.result().taxPayable()).isEqualTo(120_000);

        TaxAssessment adjusted = assessments.adjust(caseId,
                new TaxAssessments.Adjustment("assets[0].value", 16_000_000L, "公告土地現值 corrected by the land office"), "officer");
        assertThat(adjusted.version()).isEqualTo(2);
        assertThat(adjusted.result().grossEstate()).isEqualTo(23_000_000);
        assertThat(adjusted.result().taxPayable()).isEqualTo(220_000);
        assertThat(adjusted.adjustmentReason()).contains("assets[0].value = 16000000").contains("corrected by the land office");
        assertThat(adjusted.createdBy()).isEqualTo("officer");

        TaxAssessment approved = assessments.approve(caseId, "officer");
        assertThat(approved.version()).isEqualTo(2);
        assertThat(approved.status()).isEqualTo(TaxAssessment.Status.APPROVED);
        assertThat(assessments.versions(caseId)).extracting(TaxAssessment::status)
                .containsExactly(TaxAssessment.Status.SUPERSEDED, TaxAssessment.Status.APPROVED);

        // Approved is final: what the documents print cannot move underneath them.
        assertThatThrownBy(() -> assessments.propose(caseId, example1(), "system", null))
                .isInstanceOf(ApiException.class).hasMessageContaining("already approved");
        assertThat(assessments.approve(caseId, "another officer").approvedBy()).isEqualTo("officer");
    }

    @Test
    void anAdjustmentNeedsAReasonAndAKnownField() {
        assessments.propose(caseId, example1(), "system", null);
        assertThatThrownBy(() -> assessments.adjust(caseId, new TaxAssessments.Adjustment("debts", 5L, " "), "officer"))
                .isInstanceOf(ApiException.class).extracting(e -> ((ApiException) e).problems().get(0).field()).isEqualTo("reason");
        assertThatThrownBy(() -> assessments.adjust(caseId, new TaxAssessments.Adjustment("exemption", 5L, "why not"), "officer"))
                .isInstanceOf(ApiException.class).extracting(e -> ((ApiException) e).problems().get(0).field()).isEqualTo("field");
        assertThatThrownBy(() -> assessments.adjust(caseId, new TaxAssessments.Adjustment("assets[9].value", 5L, "typo"), "officer"))
                .isInstanceOf(ApiException.class);
        TaxAssessment withDebts = assessments.adjust(caseId, new TaxAssessments.Adjustment("debts", 1_000_000L, "mortgage at 台灣銀行"), "officer");
        assertThat(withDebts.result().deductions()).anySatisfy(l -> {
            assertThat(l.code()).isEqualTo(TaxLineCode.DEBTS);
            assertThat(l.amount()).isEqualTo(1_000_000);
        });
        assertThat(withDebts.result().taxPayable()).isEqualTo(20_000);
    }
}
