package tw.ourdata.estate.institutions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Asset queries and what their answers reported, in the application's own tables. */
@Repository
public class AssetQueryRepository {

    private final JdbcClient jdbc;

    AssetQueryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The case's query to this institution, registered on first call. Idempotent, so a retried
     * start never makes a second query id for the same institution.
     */
    AssetQuery register(UUID caseId, String institutionCode, String processInstanceId) {
        jdbc.sql("""
                        insert into asset_query (id, case_id, institution_code, status, process_instance_id)
                        values (:id, :caseId, :code, 'PENDING', :pid)
                        on conflict (case_id, institution_code) do nothing
                        """)
                .param("id", UUID.randomUUID()).param("caseId", caseId).param("code", institutionCode)
                .param("pid", processInstanceId).update();
        return jdbc.sql("select * from asset_query where case_id = :caseId and institution_code = :code")
                .param("caseId", caseId).param("code", institutionCode).query(AssetQueryRepository::query).single();
    }

    public Optional<AssetQuery> find(UUID id) {
        return jdbc.sql("select * from asset_query where id = :id").param("id", id).query(AssetQueryRepository::query).optional();
    }

    /**
     * Reads the query and locks it until the transaction ends. Whoever changes a query (sending
     * it, storing its answer, closing it) takes this lock first, so an answer that arrives while
     * the query is still being sent waits until the process really waits for it.
     */
    Optional<AssetQuery> lock(UUID id) {
        return jdbc.sql("select * from asset_query where id = :id for update").param("id", id)
                .query(AssetQueryRepository::query).optional();
    }

    void markSent(UUID id, OffsetDateTime at) {
        jdbc.sql("""
                        update asset_query set status = 'SENT', sent_at = :at, send_count = send_count + 1
                        where id = :id and status in ('PENDING', 'SENT', 'ESCALATED')
                        """)
                .param("at", at).param("id", id).update();
    }

    void markEscalated(UUID id, String reason, OffsetDateTime at) {
        jdbc.sql("""
                        update asset_query set status = 'ESCALATED', escalated_at = :at, escalation_reason = :reason
                        where id = :id and status in ('PENDING', 'SENT', 'ESCALATED')
                        """)
                .param("at", at).param("reason", reason).param("id", id).update();
    }

    /** @return false when the query was already settled (answered meanwhile) */
    boolean markClosedWithoutAnswer(UUID id, String by, String reason, OffsetDateTime at) {
        return jdbc.sql("""
                        update asset_query set status = 'CLOSED_WITHOUT_ANSWER', closed_at = :at, closed_by = :by, close_reason = :reason
                        where id = :id and status in ('PENDING', 'SENT', 'ESCALATED')
                        """)
                .param("at", at).param("by", by).param("reason", reason).param("id", id).update() == 1;
    }

    void storeAnswer(AssetQuery query, InstitutionAnswer answer, String canonicalJson, String sha256, UUID answeredBy,
                     OffsetDateTime at) {
        jdbc.sql("""
                        update asset_query set status = 'ANSWERED', answered_at = :at, answered_by = :by, answer_status = :outcome,
                            answer = cast(:answer as jsonb), answer_sha256 = :hash
                        where id = :id
                        """)
                .param("at", at).param("by", answeredBy).param("outcome", answer.outcome().name())
                .param("answer", canonicalJson).param("hash", sha256).param("id", query.id()).update();
        int position = 0;
        for (InstitutionAnswer.ReportedAsset a : answer.assets()) {
            jdbc.sql("""
                            insert into reported_asset (id, query_id, case_id, institution_code, position, kind, description, identifier,
                                valuation_basis, value, share)
                            values (:id, :queryId, :caseId, :code, :position, :kind, :description, :identifier, :basis, :value, :share)
                            """)
                    .param("id", UUID.randomUUID()).param("queryId", query.id()).param("caseId", query.caseId())
                    .param("code", query.institutionCode()).param("position", position++).param("kind", a.kind().name())
                    .param("description", a.description()).param("identifier", a.identifier()).param("basis", a.valuationBasis())
                    .param("value", a.value()).param("share", a.share().toString()).update();
        }
        position = 0;
        for (InstitutionAnswer.ReportedLiability l : answer.liabilities()) {
            jdbc.sql("""
                            insert into reported_liability (id, query_id, case_id, institution_code, position, kind, description, amount)
                            values (:id, :queryId, :caseId, :code, :position, :kind, :description, :amount)
                            """)
                    .param("id", UUID.randomUUID()).param("queryId", query.id()).param("caseId", query.caseId())
                    .param("code", query.institutionCode()).param("position", position++).param("kind", l.kind().name())
                    .param("description", l.description()).param("amount", l.amount()).update();
        }
    }

    /** The case's queries in the institutions' configured order. */
    public List<QueryLine> forCase(UUID caseId) {
        return jdbc.sql("""
                        select q.*, i.name_zh, i.name_en from asset_query q join institution i on i.code = q.institution_code
                        where q.case_id = :caseId order by i.position
                        """)
                .param("caseId", caseId)
                .query((rs, n) -> new QueryLine(query(rs, n), rs.getString("name_zh") + " " + rs.getString("name_en")))
                .list();
    }

    /** Every asset the case's answers reported, by institution, in the order each answer listed them. */
    public List<InventoryAsset> assets(UUID caseId) {
        return jdbc.sql("""
                        select a.* from reported_asset a join institution i on i.code = a.institution_code
                        where a.case_id = :caseId order by i.position, a.position
                        """)
                .param("caseId", caseId)
                .query((rs, n) -> new InventoryAsset(rs.getString("institution_code"), rs.getString("kind"), rs.getString("description"),
                        rs.getString("identifier"), rs.getString("valuation_basis"), rs.getLong("value"), rs.getString("share")))
                .list();
    }

    public List<InventoryLiability> liabilities(UUID caseId) {
        return jdbc.sql("""
                        select l.* from reported_liability l join institution i on i.code = l.institution_code
                        where l.case_id = :caseId order by i.position, l.position
                        """)
                .param("caseId", caseId)
                .query((rs, n) -> new InventoryLiability(rs.getString("institution_code"), rs.getString("kind"),
                        rs.getString("description"), rs.getLong("amount")))
                .list();
    }

    private static AssetQuery query(ResultSet rs, int row) throws SQLException {
        return new AssetQuery(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("institution_code"),
                AssetQueryStatus.valueOf(rs.getString("status")), rs.getInt("send_count"),
                rs.getObject("sent_at", OffsetDateTime.class), rs.getObject("answered_at", OffsetDateTime.class),
                rs.getString("answer_sha256"), rs.getString("escalation_reason"), rs.getString("close_reason"));
    }

    /** A query with its institution's display name. */
    public record QueryLine(AssetQuery query, String institutionName) {
    }

    public record InventoryAsset(String institution, String kind, String description, String identifier, String valuationBasis,
                                 long value, String share) {
    }

    public record InventoryLiability(String institution, String kind, String description, long amount) {
    }
}
