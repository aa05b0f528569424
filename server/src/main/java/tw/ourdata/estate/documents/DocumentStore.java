package tw.ourdata.estate.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.common.Sha256;
import tw.ourdata.estate.audit.AuditTrail.Actor;

/**
 * The documents of each case and every revision of their bytes. Revisions are append-only (the database
 * refuses to change or remove one), and an append succeeds only on the latest revision: two heirs who
 * prepared their signatures on the same revision cannot both get theirs in, because the second one's
 * signature does not cover the first one's.
 */
@Service
public class DocumentStore {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    DocumentStore(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new document of this type in the case (the next version) with its first revision. */
    @Transactional
    public StoredDocument create(UUID caseId, DocumentType type, DocumentStatus status, byte[] bytes, String reason,
            Actor actor) {
        // Versions of one (case, type) are numbered one after another; creators of the same type wait for each other.
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "document:" + caseId + ":" + type).query().singleRow();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from document where case_id = :c and type = :t")
                .param("c", caseId).param("t", type.name()).query(Integer.class).single();
        UUID id = UUID.randomUUID();
        Timestamp now = now();
        jdbc.sql("""
                        insert into document (id, case_id, type, version, status, created_at, updated_at)
                        values (:id, :c, :t, :v, :s, :now, :now)
                        """)
                .param("id", id).param("c", caseId).param("t", type.name()).param("v", version)
                .param("s", status.name()).param("now", now).update();
        String sha = Sha256.hex(bytes);
        insertRevision(id, 0, bytes, sha, reason, actor, now);
        audit.record(caseId, actor, "DOCUMENT_CREATED", List.of(),
                type + " version " + version + " (" + status + "), sha256 " + sha + ": " + reason);
        return find(id).orElseThrow();
    }

    /**
     * Appends the next revision, only if {@code baseRevision} is still the latest.
     *
     * @throws StaleRevisionException if another revision was appended since (also when a concurrent append on the
     *                                same base commits first: the primary key lets exactly one in)
     */
    @Transactional
    public DocumentRevision append(UUID documentId, int baseRevision, byte[] bytes, String reason, Actor actor) {
        StoredDocument doc = find(documentId)
                .orElseThrow(() -> new IllegalArgumentException("no document " + documentId));
        String sha = Sha256.hex(bytes);
        Timestamp now = now();
        int inserted;
        try {
            inserted = insertRevision(documentId, baseRevision, bytes, sha, reason, actor, now);
        } catch (DuplicateKeyException e) {
            throw new StaleRevisionException(documentId, baseRevision);
        }
        if (inserted == 0) {
            throw new StaleRevisionException(documentId, baseRevision);
        }
        jdbc.sql("update document set updated_at = :now where id = :id").param("now", now).param("id", documentId)
                .update();
        audit.record(doc.caseId(), actor, "DOCUMENT_REVISED", List.of(), doc.type() + " version " + doc.version()
                + " revision " + (baseRevision + 1) + ", sha256 " + sha + ": " + reason);
        return revision(documentId, baseRevision + 1).orElseThrow();
    }

    /** Compare-and-set of the status: false if the document was not in {@code expected} any more. */
    @Transactional
    public boolean changeStatus(UUID documentId, DocumentStatus expected, DocumentStatus next) {
        return jdbc.sql("update document set status = :n, updated_at = :now where id = :id and status = :e")
                .param("n", next.name()).param("now", now()).param("id", documentId).param("e", expected.name())
                .update() == 1;
    }

    public Optional<StoredDocument> find(UUID documentId) {
        return jdbc.sql(SELECT_DOCUMENT + " where d.id = :id").param("id", documentId).query(DocumentStore::document)
                .optional();
    }

    /** The case's documents, by type and version. */
    public List<StoredDocument> ofCase(UUID caseId) {
        return jdbc.sql(SELECT_DOCUMENT + " where d.case_id = :c order by d.type, d.version").param("c", caseId)
                .query(DocumentStore::document).list();
    }

    public boolean caseExists(UUID caseId) {
        return jdbc.sql("select count(*) from estate_case where id = :c").param("c", caseId).query(Integer.class)
                .single() > 0;
    }

    public Optional<DocumentRevision> latest(UUID documentId) {
        return jdbc.sql(SELECT_REVISION + " where document_id = :id order by revision desc limit 1")
                .param("id", documentId).query(DocumentStore::revision).optional();
    }

    public Optional<DocumentRevision> revision(UUID documentId, int revision) {
        return jdbc.sql(SELECT_REVISION + " where document_id = :id and revision = :r")
                .param("id", documentId).param("r", revision).query(DocumentStore::revision).optional();
    }

    /** One statement: the row goes in only while {@code base} is the latest revision (0: the document has none). */
    private int insertRevision(UUID documentId, int base, byte[] bytes, String sha, String reason, Actor actor,
            Timestamp now) {
        return jdbc.sql("""
                        insert into document_revision (document_id, revision, sha256, size_bytes, bytes, reason,
                            actor_kind, actor_id, created_at)
                        select :id, :base + 1, :sha, :size, :bytes, :reason, :kind, :actor, :now
                        where (select coalesce(max(revision), 0) from document_revision where document_id = :id) = :base
                        """)
                .param("id", documentId).param("base", base).param("sha", sha).param("size", bytes.length)
                .param("bytes", bytes).param("reason", reason).param("kind", actor.kind()).param("actor", actor.id())
                .param("now", now).update();
    }

    private static final String SELECT_DOCUMENT = """
            select d.*, r.revision as latest_revision, r.sha256 as latest_sha256
            from document d
            left join lateral (select revision, sha256 from document_revision where document_id = d.id
                               order by revision desc limit 1) r on true
            """;

    private static final String SELECT_REVISION = "select * from document_revision";

    private static StoredDocument document(ResultSet rs, int n) throws SQLException {
        return new StoredDocument(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                DocumentType.valueOf(rs.getString("type")), rs.getInt("version"),
                DocumentStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                rs.getInt("latest_revision"), rs.getString("latest_sha256"));
    }

    private static DocumentRevision revision(ResultSet rs, int n) throws SQLException {
        return new DocumentRevision(rs.getObject("document_id", UUID.class), rs.getInt("revision"),
                rs.getString("sha256"), rs.getBytes("bytes"), rs.getString("reason"),
                new Actor(rs.getString("actor_kind"), rs.getString("actor_id")),
                rs.getTimestamp("created_at").toInstant());
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    }

}
