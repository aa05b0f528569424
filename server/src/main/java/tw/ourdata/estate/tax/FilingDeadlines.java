package tw.ourdata.estate.tax;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.FieldProblem;

/**
 * The filing deadline of a case over the whole process: the timers of {@code estate-settlement}
 * (reminder a month before, the deadline itself) are set from it when the case opens, and an
 * officer's extension moves both timers, so nothing waits on a stale date.
 */
@Service
public class FilingDeadlines {

    /** The BPMN timer events that follow the deadline. */
    public static final String REMINDER_TIMER = "filingReminderDue";
    public static final String DEADLINE_TIMER = "filingDeadlineReached";

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private final JdbcClient jdbc;
    private final ManagementService management;
    private final AuditTrail audit;

    FilingDeadlines(JdbcClient jdbc, ManagementService management, AuditTrail audit) {
        this.jdbc = jdbc;
        this.management = management;
        this.audit = audit;
    }

    /** Process variables for the timers of a case opening now: {@code filingReminder}, {@code filingDeadline}. */
    public static Map<String, Object> timerVariables(LocalDate dateOfDeath) {
        FilingDeadline deadline = FilingDeadline.forDeathOn(dateOfDeath);
        return Map.of("filingReminder", startOfDay(deadline.reminderOn()), "filingDeadline", endOfDay(deadline.inForce()));
    }

    public FilingDeadline of(UUID caseId) {
        return jdbc.sql("select date_of_death, filing_deadline_extended_to from estate_case where id = :c").param("c", caseId)
                .query((rs, n) -> new FilingDeadline(rs.getDate(1).toLocalDate(),
                        rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate()))
                .optional().orElseThrow(() -> ApiException.notFound("No case " + caseId + "."));
    }

    /** An officer grants the one extension (Art. 26); both timers of the case move with it. */
    @Transactional
    public FilingDeadline extend(UUID caseId, LocalDate requestedOn, LocalDate newDeadline, String reason, String officer) {
        if (requestedOn == null || newDeadline == null || reason == null || reason.isBlank()) {
            throw ApiException.invalid(List.of(new FieldProblem("", "requestedOn, newDeadline and reason are required")));
        }
        FilingDeadline.Result result = of(caseId).extend(requestedOn, newDeadline);
        if (result.refusal() != null) {
            throw ApiException.invalid(List.of(new FieldProblem("newDeadline", result.refusal())));
        }
        FilingDeadline extended = result.extended().orElseThrow();
        jdbc.sql("""
                        update estate_case set filing_deadline_extended_to = :to, filing_extension_requested_on = :on,
                            filing_extension_granted_by = :by, filing_extension_reason = :why, updated_at = now()
                        where id = :c
                        """)
                .param("to", newDeadline).param("on", requestedOn).param("by", officer).param("why", reason.strip()).param("c", caseId)
                .update();
        String processInstanceId = jdbc.sql("select process_instance_id from estate_case where id = :c").param("c", caseId)
                .query(String.class).single();
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
            String activity = jobActivity(job);
            if (REMINDER_TIMER.equals(activity)) {
                management.setJobDuedate(job.getId(), startOfDay(extended.reminderOn()));
            } else if (DEADLINE_TIMER.equals(activity)) {
                management.setJobDuedate(job.getId(), endOfDay(extended.inForce()));
            }
        }
        audit.record(caseId, new AuditTrail.Actor("OFFICER", officer), "FILING_DEADLINE_EXTENDED", List.of(),
                "to " + newDeadline + " (requested " + requestedOn + "): " + reason.strip());
        return extended;
    }

    private String jobActivity(Job job) {
        return management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId();
    }

    private static Date startOfDay(LocalDate day) {
        return Date.from(day.atStartOfDay(TAIPEI).toInstant());
    }

    private static Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(TAIPEI).toInstant());
    }
}
