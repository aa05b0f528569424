package tw.ourdata.estate.cases;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.audit.AuditChain;
import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.heirs.HeirMessages;

/**
 * Closing a case: every institution confirmed its transfer. The case becomes CLOSED and its audit trail is sealed:
 * the trail is checked end to end, then the hash of its last event is kept with the case; the heirs are told.
 */
@Service
class CaseClosing {

    private final CaseRepository cases;
    private final AuditTrail audit;
    private final HeirMessages messages;

    CaseClosing(CaseRepository cases, AuditTrail audit, HeirMessages messages) {
        this.cases = cases;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional
    void close(UUID caseId) {
        String broken = audit.verify(caseId);
        if (broken != null) {
            // An incident for operations: a case whose trail was tampered with is not closed as if nothing happened.
            throw new IllegalStateException("audit trail of case " + caseId + " is broken: " + broken);
        }
        audit.record(caseId, AuditTrail.Actor.SYSTEM, "CASE_CLOSED", List.of(),
                "every transfer confirmed; the case is closed and its audit trail sealed");
        List<AuditChain.Event> events = audit.events(caseId);
        cases.close(caseId, events.get(events.size() - 1).hash());
        messages.toActiveHeirs(caseId, "遺產繼承案件已結案 The estate case is closed",
                "各機關均已完成移轉登記，本案已結案。您可於入口網站下載分割協議書及稅務證明等最終文件。\n\n"
                        + "Every institution has confirmed its transfer and the case is closed. The final documents"
                        + " (the signed partition agreement and the tax certificates) can be downloaded in the portal.");
    }
}
