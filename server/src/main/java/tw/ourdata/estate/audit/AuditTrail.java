package tw.ourdata.estate.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what happened to a case and whose data was read or passed on, in the caller's
 * transaction: an event exists exactly when what it describes happened.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Who did it, in the words of the audit trail: {@code REGISTRATION_OFFICE} + client id, {@code OFFICER} + user id, … */
    public record Actor(String kind, String id) {
        public static final Actor SYSTEM = new Actor("SYSTEM", "ourdata-estate");
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID caseId, Actor actor, String action, List<UUID> dataSubjects, String detail) {
        // One writer per case at a time, so the chain has no forks; cases do not wait for each other.
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", "audit:" + caseId).query().singleRow();
        record Last(int sequence, String hash) {
        }
        Last last = jdbc.sql("select sequence, hash from audit_event where case_id = :c order by sequence desc limit 1")
                .param("c", caseId).query((rs, n) -> new Last(rs.getInt(1), rs.getString(2))).optional()
                .orElse(new Last(0, AuditChain.GENESIS));
        // Microseconds: what PostgreSQL keeps, so the hash recomputes from the stored row.
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        int sequence = last.sequence() + 1;
        String safeDetail = detail == null ? "" : detail;
        String hash = AuditChain.hash(last.hash(), caseId, sequence, now, actor.kind(), actor.id(), action, dataSubjects, safeDetail);
        jdbc.sql("""
                        insert into audit_event (case_id, sequence, occurred_at, actor_kind, actor_id, action, data_subjects,
                            detail, previous_hash, hash)
                        values (:c, :seq, :at, :kind, :actor, :action, :subjects, :detail, :prev, :hash)
                        """)
                .param("c", caseId).param("seq", sequence).param("at", Timestamp.from(now))
                .param("kind", actor.kind()).param("actor", actor.id()).param("action", action)
                .param("subjects", dataSubjects.toArray(UUID[]::new)).param("detail", safeDetail)
                .param("prev", last.hash()).param("hash", hash)
                .update();
    }

    public List<AuditChain.Event> events(UUID caseId) {
        return jdbc.sql("select * from audit_event where case_id = :c order by sequence").param("c", caseId)
                .query((rs, n) -> event(rs)).list();
    }

    private static AuditChain.Event event(ResultSet rs) throws SQLException {
        return new AuditChain.Event(rs.getObject("case_id", UUID.class), rs.getInt("sequence"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_kind"), rs.getString("actor_id"),
                rs.getString("action"), uuids(rs.getArray("data_subjects")), rs.getString("detail"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    /** Null when the case's trail is intact; otherwise where it was tampered with. */
    public String verify(UUID caseId) {
        return AuditChain.firstBreak(events(caseId));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}
