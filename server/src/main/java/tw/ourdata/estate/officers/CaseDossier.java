package tw.ourdata.estate.officers;

import java.time.Instant;
import java.util.List;

import tw.ourdata.estate.cases.CaseView;
import tw.ourdata.estate.documents.CaseDocument;
import tw.ourdata.estate.partition.PartitionPlans;

/**
 * Everything a tax officer needs to see of one case on one page: the case view officers get from the API (the
 * decedent, the heirs with masked national IDs, the institutions' queries, the inventory, the tax assessment and
 * payment, the transfers), and what the API spreads over other calls or does not say: who the proxy is and how
 * that was decided, where the partition plan stands, the documents, the open officer tasks and the audit trail.
 *
 * @param plan where the proxy's partition plan stands (absent version 0 and no draft: nothing saved yet)
 */
public record CaseDossier(CaseView view, Proxy proxy, PartitionPlans.FollowUpFacts plan, List<CaseDocument> documents,
                          List<OpenTask> tasks, Trail trail) {

    /** The inventory names institutions by code; the officer reads their names, as the queries give them. */
    public String institutionName(String code) {
        return view.assetQueries().stream().filter(q -> q.institution().equals(code)).findFirst()
                .map(CaseView.AssetQuery::institutionName).orElse(code);
    }

    /**
     * The case's proxy, once the heirs agreed or an officer decided; absent before.
     *
     * @param heirPosition     the proxy's row in the heirs' table when the proxy is an heir
     * @param maskedNationalId an outside agent's national ID, masked
     * @param decidedBy        {@code AGREEMENT} (every active heir named this proxy) or {@code OFFICER:<user id>}
     * @param reason           the agreement's or the officer's reason, as recorded
     */
    public record Proxy(String name, Integer heirPosition, String maskedNationalId, String decidedBy, String reason) {

        public boolean outsideAgent() {
            return heirPosition == null;
        }

        public boolean decidedByOfficer() {
            return decidedBy != null && decidedBy.startsWith("OFFICER:");
        }

        /** The officer who decided, when one did. */
        public String officer() {
            return decidedByOfficer() ? decidedBy.substring("OFFICER:".length()) : null;
        }
    }

    /** A user task of the case's process or of a process it called, waiting for a tax officer. */
    public record OpenTask(String id, String name, Instant created, String assignee, String tasklistUrl) {
    }

    /**
     * The latest events of the case's audit trail, newest first.
     *
     * @param total    how many events the trail holds; more than {@code events} when the page shows only the latest
     * @param brokenAt null while the hash chain is intact; otherwise where it breaks
     */
    public record Trail(List<TrailEvent> events, int total, String brokenAt) {

        public boolean capped() {
            return total > events.size();
        }
    }

    /**
     * @param actor who, as the officer needs it: the heir's name for an heir or a guardian, the user id for an
     *              officer, the client's id for a machine client
     */
    public record TrailEvent(int sequence, Instant occurredAt, String actorKind, String actor, String action, String detail) {
    }
}
