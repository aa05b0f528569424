package tw.ourdata.estate.heirs;

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

/** The onboarding columns of the heir table, and the case's proxy. */
@Repository
public class OnboardingRepository {

    private final JdbcClient jdbc;

    OnboardingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OnboardingHeir> find(UUID heirId) {
        return jdbc.sql("select * from heir where id = :id").param("id", heirId).query(OnboardingRepository::heir).optional();
    }

    /** The same, locked until the transaction ends: two verifications of one heir do not interleave. */
    Optional<OnboardingHeir> lock(UUID heirId) {
        return jdbc.sql("select * from heir where id = :id for update").param("id", heirId)
                .query(OnboardingRepository::heir).optional();
    }

    public List<OnboardingHeir> ofCase(UUID caseId) {
        return jdbc.sql("select * from heir where case_id = :id order by position").param("id", caseId)
                .query(OnboardingRepository::heir).list();
    }

    /** Every heir row a person acts for: as the heir, or as a minor heir's guardian. */
    List<OnboardingHeir> actedForBy(String nationalId) {
        return jdbc.sql("""
                        select * from heir where date_of_death is null
                          and (guardian_national_id = :nid or (guardian_national_id is null and national_id = :nid))
                        order by case_id, position
                        """)
                .param("nid", nationalId).query(OnboardingRepository::heir).list();
    }

    void markInvited(UUID heirId) {
        jdbc.sql("""
                        update heir set onboarding_status = 'INVITED', invited_at = coalesce(invited_at, now())
                        where id = :id and onboarding_status is null
                        """).param("id", heirId).update();
    }

    void markVerified(UUID heirId, AssuranceLevel level) {
        jdbc.sql("""
                        update heir set
                            onboarding_status = case when onboarding_status in ('AUTHORISED', 'RENOUNCED') then onboarding_status else 'VERIFIED' end,
                            assurance_level = case when assurance_level = 'CERTIFICATE' then assurance_level else :level end,
                            verified_at = now()
                        where id = :id
                        """).param("id", heirId).param("level", level.name()).update();
    }

    void markAuthorised(UUID heirId, OnboardingHeir.Proxy proxy) {
        jdbc.sql("""
                        update heir set onboarding_status = 'AUTHORISED', consented_at = now(),
                            proxy_heir_id = :proxyHeir, proxy_agent_name = :agentName, proxy_agent_national_id = :agentNid
                        where id = :id
                        """)
                .param("id", heirId).param("proxyHeir", proxy.heirId()).param("agentName", proxy.agentName())
                .param("agentNid", proxy.agentNationalId()).update();
    }

    void markRenounced(UUID heirId, String courtReference, LocalDate date) {
        jdbc.sql("""
                        update heir set onboarding_status = 'RENOUNCED', renounced_at = now(),
                            renunciation_court_reference = :ref, renunciation_date = :date
                        where id = :id
                        """)
                .param("id", heirId).param("ref", courtReference).param("date", Date.valueOf(date)).update();
    }

    void saveCaseProxy(UUID caseId, OnboardingHeir.Proxy proxy, String decidedBy, String reason) {
        jdbc.sql("""
                        insert into case_proxy (case_id, proxy_heir_id, proxy_agent_name, proxy_agent_national_id, decided_by, reason, decided_at)
                        values (:caseId, :heir, :name, :nid, :by, :reason, now())
                        on conflict (case_id) do update set proxy_heir_id = excluded.proxy_heir_id,
                            proxy_agent_name = excluded.proxy_agent_name, proxy_agent_national_id = excluded.proxy_agent_national_id,
                            decided_by = excluded.decided_by, reason = excluded.reason, decided_at = excluded.decided_at
                        """)
                .param("caseId", caseId).param("heir", proxy.heirId()).param("name", proxy.agentName())
                .param("nid", proxy.agentNationalId()).param("by", decidedBy).param("reason", reason).update();
    }

    /** The case's proxy, once agreed or decided. */
    public Optional<CaseProxy> caseProxy(UUID caseId) {
        return jdbc.sql("select * from case_proxy where case_id = :id").param("id", caseId)
                .query((rs, n) -> new CaseProxy(new OnboardingHeir.Proxy(rs.getObject("proxy_heir_id", UUID.class),
                        rs.getString("proxy_agent_name"), rs.getString("proxy_agent_national_id")),
                        rs.getString("decided_by"), rs.getString("reason")))
                .optional();
    }

    public record CaseProxy(OnboardingHeir.Proxy proxy, String decidedBy, String reason) {
    }

    /** The proxy's name as the heirs know it: the heir's own, or the outside agent's. */
    public String nameOf(OnboardingHeir.Proxy proxy) {
        return proxy.isHeir() ? find(proxy.heirId()).map(OnboardingHeir::name).orElse("?") : proxy.agentName();
    }

    private static OnboardingHeir heir(ResultSet rs, int row) throws SQLException {
        UUID proxyHeir = rs.getObject("proxy_heir_id", UUID.class);
        String agentNid = rs.getString("proxy_agent_national_id");
        OnboardingHeir.Proxy proxy = proxyHeir != null ? OnboardingHeir.Proxy.heir(proxyHeir)
                : agentNid != null ? OnboardingHeir.Proxy.agent(rs.getString("proxy_agent_name"), agentNid) : null;
        String status = rs.getString("onboarding_status");
        String assurance = rs.getString("assurance_level");
        return new OnboardingHeir(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getInt("position"),
                rs.getString("national_id"), rs.getString("name"), date(rs, "birth_date"), rs.getString("relation"),
                date(rs, "date_of_death"), rs.getString("guardian_national_id"), rs.getString("guardian_name"),
                rs.getString("contact_phone"), rs.getString("contact_email"),
                status == null ? null : OnboardingStatus.valueOf(status),
                assurance == null ? null : AssuranceLevel.valueOf(assurance),
                rs.getObject("consented_at", OffsetDateTime.class), proxy,
                rs.getString("renunciation_court_reference"), date(rs, "renunciation_date"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
