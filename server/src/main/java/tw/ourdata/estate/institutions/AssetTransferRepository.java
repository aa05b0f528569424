package tw.ourdata.estate.institutions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Transfer instructions, what they name and what the institutions confirmed, in the application's own tables. */
@Repository
public class AssetTransferRepository {

    private final JdbcClient jdbc;

    AssetTransferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The institutions that hold an asset of the case, in their configured order. Every reported
     * asset is allocated by the partition plan; debts (reported_liability) are not transferred.
     */
    List<String> institutionsHoldingAssets(UUID caseId) {
        return jdbc.sql("""
                        select i.code from institution i
                        where exists (select 1 from reported_asset a where a.case_id = :caseId and a.institution_code = i.code)
                        order by i.position
                        """)
                .param("caseId", caseId).query(String.class).list();
    }

    /** The case's transfer to this institution, registered on first call: a retried step never makes a second one. */
    AssetTransfer register(UUID caseId, String institutionCode, String processInstanceId) {
        jdbc.sql("""
                        insert into asset_transfer (id, case_id, institution_code, status, process_instance_id)
                        values (:id, :caseId, :code, 'PENDING', :pid)
                        on conflict (case_id, institution_code) do nothing
                        """)
                .param("id", UUID.randomUUID()).param("caseId", caseId).param("code", institutionCode)
                .param("pid", processInstanceId).update();
        // A later asset-transfer instance for the same institution (e.g. restarted from Cockpit) owns the transfer now.
        if (processInstanceId != null) {
            jdbc.sql("update asset_transfer set process_instance_id = :pid where case_id = :caseId and institution_code = :code")
                    .param("pid", processInstanceId).param("caseId", caseId).param("code", institutionCode).update();
        }
        return jdbc.sql("select * from asset_transfer where case_id = :caseId and institution_code = :code")
                .param("caseId", caseId).param("code", institutionCode).query(AssetTransferRepository::transfer).single();
    }

    public Optional<AssetTransfer> find(UUID id) {
        return jdbc.sql("select * from asset_transfer where id = :id").param("id", id).query(AssetTransferRepository::transfer)
                .optional();
    }

    /** Reads the transfer and locks it until the transaction ends: whoever changes a transfer takes this lock first. */
    Optional<AssetTransfer> lock(UUID id) {
        return jdbc.sql("select * from asset_transfer where id = :id for update").param("id", id)
                .query(AssetTransferRepository::transfer).optional();
    }

    void nameDocuments(UUID id, UUID agreementDocumentId, UUID taxCertificateDocumentId) {
        jdbc.sql("update asset_transfer set agreement_document_id = :a, tax_certificate_document_id = :t where id = :id")
                .param("a", agreementDocumentId).param("t", taxCertificateDocumentId).param("id", id).update();
    }

    void markSent(UUID id, String instructionJson, OffsetDateTime at) {
        jdbc.sql("""
                        update asset_transfer set status = 'SENT', sent_at = :at, send_count = send_count + 1,
                            instruction = cast(:instruction as jsonb)
                        where id = :id and status in ('PENDING', 'SENT', 'ESCALATED')
                        """)
                .param("at", at).param("instruction", instructionJson).param("id", id).update();
    }

    void markEscalated(UUID id, String reason, OffsetDateTime at) {
        jdbc.sql("""
                        update asset_transfer set status = 'ESCALATED', escalated_at = :at, escalation_reason = :reason
                        where id = :id and status in ('PENDING', 'SENT', 'ESCALATED')
                        """)
                .param("at", at).param("reason", reason).param("id", id).update();
    }

    /** @return false when the transfer was already settled (confirmed meanwhile) */
    boolean markClosedWithoutConfirmation(UUID id, String by, String reason, OffsetDateTime at) {
        return jdbc.sql("""
                        update asset_transfer set status = 'CLOSED_WITHOUT_CONFIRMATION', closed_at = :at, closed_by = :by,
                            close_reason = :reason
                        where id = :id and status in ('PENDING', 'SENT', 'ESCALATED')
                        """)
                .param("at", at).param("by", by).param("reason", reason).param("id", id).update() == 1;
    }

    void storeConfirmation(UUID id, String canonicalJson, String sha256, UUID confirmedBy, OffsetDateTime at) {
        jdbc.sql("""
                        update asset_transfer set status = 'CONFIRMED', confirmed_at = :at, confirmed_by = :by,
                            confirmation = cast(:confirmation as jsonb), confirmation_sha256 = :hash
                        where id = :id
                        """)
                .param("at", at).param("by", confirmedBy).param("confirmation", canonicalJson).param("hash", sha256)
                .param("id", id).update();
    }

    void storeRejection(UUID id, String reason, OffsetDateTime at) {
        jdbc.sql("update asset_transfer set rejected_at = :at, rejection_reason = :reason where id = :id")
                .param("at", at).param("reason", reason).param("id", id).update();
    }

    /** The case's transfers in the institutions' configured order. */
    public List<TransferLine> forCase(UUID caseId) {
        return jdbc.sql("""
                        select t.*, i.name_zh, i.name_en from asset_transfer t join institution i on i.code = t.institution_code
                        where t.case_id = :caseId order by i.position
                        """)
                .param("caseId", caseId)
                .query((rs, n) -> new TransferLine(transfer(rs, n), rs.getString("name_zh") + " " + rs.getString("name_en")))
                .list();
    }

    /** The assets of the case this institution reported, in the order its answer listed them. */
    List<HeldAsset> assetsHeld(UUID caseId, String institutionCode) {
        return jdbc.sql("""
                        select id, kind, description, identifier, share from reported_asset
                        where case_id = :caseId and institution_code = :code order by position
                        """)
                .param("caseId", caseId).param("code", institutionCode)
                .query((rs, n) -> new HeldAsset(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("description"),
                        rs.getString("identifier"), rs.getString("share")))
                .list();
    }

    /**
     * Who receives which of these assets, by asset id, as the submitted partition plan says (table
     * {@code partition_plan_share}). An asset without shares maps to no allocation; the signed agreement
     * the instruction names is then the statement of who receives what.
     */
    Map<UUID, List<Allocation>> allocations(UUID caseId, List<HeldAsset> assets) {
        Map<UUID, List<Allocation>> result = new LinkedHashMap<>();
        assets.forEach(a -> result.put(a.id(), new ArrayList<>()));
        if (assets.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select s.asset_id, s.heir_id, s.fraction, h.name, h.national_id from partition_plan_share s
                        join heir h on h.id = s.heir_id
                        where s.case_id = :caseId and s.asset_id in (:assets) order by h.position
                        """)
                .param("caseId", caseId).param("assets", assets.stream().map(HeldAsset::id).toList())
                .query((rs, n) -> {
                    result.get(rs.getObject("asset_id", UUID.class)).add(new Allocation(rs.getObject("heir_id", UUID.class),
                            rs.getString("name"), rs.getString("national_id"), rs.getString("fraction")));
                    return null;
                })
                .list();
        return result;
    }

    private static AssetTransfer transfer(ResultSet rs, int row) throws SQLException {
        return new AssetTransfer(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("institution_code"), AssetTransferStatus.valueOf(rs.getString("status")), rs.getInt("send_count"),
                rs.getObject("agreement_document_id", UUID.class), rs.getObject("tax_certificate_document_id", UUID.class),
                rs.getObject("sent_at", OffsetDateTime.class), rs.getObject("confirmed_at", OffsetDateTime.class),
                rs.getString("confirmation_sha256"), rs.getString("rejection_reason"), rs.getString("escalation_reason"),
                rs.getString("close_reason"));
    }

    /** A transfer with its institution's display name. */
    public record TransferLine(AssetTransfer transfer, String institutionName) {
    }

    /** An asset of the case held by the institution (a row of reported_asset). */
    record HeldAsset(UUID id, String kind, String description, String identifier, String share) {
    }

    /** An heir's part of an asset under the partition plan. */
    record Allocation(UUID heirId, String name, String nationalId, String fraction) {
    }
}
