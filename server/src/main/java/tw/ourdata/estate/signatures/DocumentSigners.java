package tw.ourdata.estate.signatures;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which heir signs a document in which field, and in which revision they did. */
@Repository
class DocumentSigners {

    private final JdbcClient jdbc;

    DocumentSigners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param signerName      who signs: the heir, or a minor heir's guardian
     * @param signedRevision  the revision that added the signature; null while unsigned
     */
    record Signer(UUID documentId, UUID heirId, String fieldName, int position, String signerName, Integer signedRevision,
            Instant signedAt) {
        boolean signed() {
            return signedRevision != null;
        }
    }

    void add(UUID documentId, UUID heirId, String fieldName, int position, String signerName) {
        jdbc.sql("""
                        insert into document_signer (document_id, heir_id, field_name, position, signer_name)
                        values (:d, :h, :f, :p, :n)
                        """)
                .param("d", documentId).param("h", heirId).param("f", fieldName).param("p", position)
                .param("n", signerName).update();
    }

    List<Signer> of(UUID documentId) {
        return jdbc.sql("select * from document_signer where document_id = :d order by position")
                .param("d", documentId).query((rs, n) -> new Signer(rs.getObject("document_id", UUID.class),
                        rs.getObject("heir_id", UUID.class), rs.getString("field_name"), rs.getInt("position"),
                        rs.getString("signer_name"), (Integer) rs.getObject("signed_revision"),
                        rs.getObject("signed_at", OffsetDateTime.class) == null ? null
                                : rs.getObject("signed_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    Optional<Signer> find(UUID documentId, UUID heirId) {
        return of(documentId).stream().filter(s -> s.heirId().equals(heirId)).findFirst();
    }

    /** False if the field was already marked signed (nothing changes then). */
    boolean markSigned(UUID documentId, UUID heirId, int revision, Instant at) {
        return jdbc.sql("""
                        update document_signer set signed_revision = :r, signed_at = :at
                        where document_id = :d and heir_id = :h and signed_revision is null
                        """)
                .param("r", revision).param("at", Timestamp.from(at)).param("d", documentId).param("h", heirId)
                .update() == 1;
    }
}
