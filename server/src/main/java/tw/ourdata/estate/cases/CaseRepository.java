package tw.ourdata.estate.cases;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.ourdata.estate.intake.DeathNotice;

/** The case and its succession table, in the application's own tables. */
@Repository
public class CaseRepository {

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Opens the case for a notice unless one already exists for its registration number.
     * Concurrent inserts of the same number wait for each other in PostgreSQL, so exactly one wins.
     *
     * @return true when this call opened the case
     */
    public boolean openIfAbsent(UUID caseId, DeathNotice notice, UUID filedBy) {
        DeathNotice.Decedent d = notice.decedent();
        int inserted = jdbc.sql("""
                        insert into estate_case (id, registration_number, status, decedent_national_id, decedent_name,
                            decedent_birth_date, date_of_death, decedent_address, died_in_line_of_duty, filed_by)
                        values (:id, :number, :status, :nid, :name, :birth, :death, :address, :duty, :filedBy)
                        on conflict (registration_number) do nothing
                        """)
                .param("id", caseId).param("number", notice.registrationNumber()).param("status", CaseStatus.OPEN.name())
                .param("nid", d.nationalId()).param("name", d.name()).param("birth", Date.valueOf(d.birthDate()))
                .param("death", Date.valueOf(d.dateOfDeath())).param("address", d.address())
                .param("duty", d.diedInLineOfDuty()).param("filedBy", filedBy)
                .update();
        if (inserted == 0) {
            return false;
        }
        int position = 0;
        for (DeathNotice.Member m : notice.members()) {
            jdbc.sql("""
                            insert into heir (id, case_id, position, national_id, name, birth_date, relation, date_of_death,
                                represents_national_id, guardian_national_id, guardian_name, contact_phone, contact_email, contact_address)
                            values (:id, :caseId, :position, :nid, :name, :birth, :relation, :death, :represents,
                                :guardianNid, :guardianName, :phone, :email, :address)
                            """)
                    .param("id", UUID.randomUUID()).param("caseId", caseId).param("position", position++)
                    .param("nid", m.nationalId()).param("name", m.name()).param("birth", Date.valueOf(m.birthDate()))
                    .param("relation", m.relation().name())
                    .param("death", m.dateOfDeath() == null ? null : Date.valueOf(m.dateOfDeath()))
                    .param("represents", m.representsNationalId())
                    .param("guardianNid", m.guardian() == null ? null : m.guardian().nationalId())
                    .param("guardianName", m.guardian() == null ? null : m.guardian().name())
                    .param("phone", m.contact() == null ? null : m.contact().phone())
                    .param("email", m.contact() == null ? null : m.contact().email())
                    .param("address", m.contact() == null ? null : m.contact().address())
                    .update();
        }
        return true;
    }

    public void attachProcess(UUID caseId, String processInstanceId) {
        jdbc.sql("update estate_case set process_instance_id = :pid, updated_at = now() where id = :id")
                .param("pid", processInstanceId).param("id", caseId).update();
    }

    /** @param auditSeal the hash of the audit trail's last event when the case closed */
    public void close(UUID caseId, String auditSeal) {
        jdbc.sql("""
                        update estate_case set status = :closed, closed_at = now(), audit_seal = :seal, updated_at = now()
                        where id = :id and status = :open
                        """)
                .param("closed", CaseStatus.CLOSED.name()).param("open", CaseStatus.OPEN.name())
                .param("seal", auditSeal).param("id", caseId).update();
    }

    public Optional<EstateCase> find(UUID id) {
        return jdbc.sql("select * from estate_case where id = :id").param("id", id).query(CaseRepository::estateCase).optional();
    }

    public Optional<EstateCase> findByRegistrationNumber(String number) {
        return jdbc.sql("select * from estate_case where registration_number = :n").param("n", number)
                .query(CaseRepository::estateCase).optional();
    }

    /**
     * The newest cases first, at most {@code limit}; with {@code numberContains}, only those whose registration
     * number contains it (case-insensitive; % and _ are taken literally). Officers' way into the dossiers.
     */
    public List<EstateCase> newest(String numberContains, int limit) {
        String needle = numberContains == null ? "" : numberContains.strip();
        String pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        select * from estate_case where registration_number ilike :pattern escape '\\'
                        order by created_at desc, registration_number desc limit :limit
                        """)
                .param("pattern", pattern).param("limit", limit)
                .query(CaseRepository::estateCase).list();
    }

    public List<Heir> heirs(UUID caseId) {
        return jdbc.sql("select * from heir where case_id = :id order by position").param("id", caseId)
                .query((rs, n) -> new Heir(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("national_id"),
                        rs.getString("name"), localDate(rs, "birth_date"), DeathNotice.Relation.valueOf(rs.getString("relation")),
                        localDate(rs, "date_of_death"), rs.getString("represents_national_id"),
                        rs.getString("guardian_national_id"), rs.getString("guardian_name")))
                .list();
    }

    private static EstateCase estateCase(ResultSet rs, int row) throws SQLException {
        return new EstateCase(rs.getObject("id", UUID.class), rs.getString("registration_number"),
                CaseStatus.valueOf(rs.getString("status")), rs.getString("decedent_national_id"), rs.getString("decedent_name"),
                localDate(rs, "decedent_birth_date"), localDate(rs, "date_of_death"), rs.getString("decedent_address"),
                rs.getBoolean("died_in_line_of_duty"), rs.getObject("filed_by", UUID.class), rs.getString("process_instance_id"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class));
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /** An estate case as stored; {@code closedAt} is absent while it is open. */
    public record EstateCase(UUID id, String registrationNumber, CaseStatus status, String decedentNationalId,
                             String decedentName, LocalDate decedentBirthDate, LocalDate dateOfDeath, String decedentAddress,
                             boolean diedInLineOfDuty, UUID filedBy, String processInstanceId, OffsetDateTime createdAt,
                             OffsetDateTime closedAt) {
    }

    /** A person of the case's succession table. */
    public record Heir(UUID id, int position, String nationalId, String name, LocalDate birthDate,
                       DeathNotice.Relation relation, LocalDate dateOfDeath, String representsNationalId,
                       String guardianNationalId, String guardianName) {
        public boolean predeceased() {
            return dateOfDeath != null;
        }
    }
}
