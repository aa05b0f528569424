package tw.ourdata.estate.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.cases.CaseRepository;
import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.Sha256;
import tw.ourdata.estate.security.ApiClient;
import tw.ourdata.estate.tax.FilingDeadlines;

/**
 * Receives a death-registration notice: validates it, stores it with its case and succession
 * table, and starts the {@code estate-settlement} process — all in one transaction, so a notice
 * is either wholly received (case, heirs, running process) or not at all.
 */
@Service
public class IntakeService {

    /** The BPMN message that starts {@code estate-settlement}. */
    public static final String START_MESSAGE = "DeathRegistrationNotice";

    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

    /** Canonical JSON: same content, same bytes, whatever the sender's key order or spacing. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private final DeathNoticeValidator validator = new DeathNoticeValidator();
    private final CaseRepository cases;
    private final RuntimeService runtime;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    IntakeService(CaseRepository cases, RuntimeService runtime, JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.cases = cases;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the office gets back: the case, and whether this call opened it. */
    public record Receipt(UUID caseId, String registrationNumber, boolean opened) {
    }

    @Transactional
    public Receipt receive(DeathNoticeRequest request, ApiClient office) {
        DeathNoticeValidator.Result result = validator.validate(request, LocalDate.now(clock));
        if (!result.valid()) {
            throw ApiException.invalid(result.problems());
        }
        DeathNotice notice = result.notice();
        String canonical = canonical(request);
        String hash = Sha256.hex(canonical);

        UUID caseId = UUID.randomUUID();
        if (!cases.openIfAbsent(caseId, notice, office.id())) {
            return repeat(notice.registrationNumber(), hash);
        }
        jdbc.sql("""
                        insert into death_notice (registration_number, registration_office, payload, payload_sha256)
                        values (:number, :office, cast(:payload as jsonb), :hash)
                        """)
                .param("number", notice.registrationNumber()).param("office", notice.registrationOffice())
                .param("payload", canonical).param("hash", hash).update();

        ProcessInstance process = runtime.createMessageCorrelation(START_MESSAGE)
                .processInstanceBusinessKey(notice.registrationNumber())
                .setVariable("caseId", caseId.toString())
                .setVariables(FilingDeadlines.timerVariables(notice.decedent().dateOfDeath()))
                .correlateStartMessage();
        cases.attachProcess(caseId, process.getId());
        audit.record(caseId, new AuditTrail.Actor("REGISTRATION_OFFICE", office.id().toString()), "NOTICE_RECEIVED",
                cases.heirs(caseId).stream().map(CaseRepository.Heir::id).toList(),
                "death-registration notice " + notice.registrationNumber() + " from " + notice.registrationOffice());
        log.info("Case {} opened for registration {} with {} people in the succession table",
                caseId, notice.registrationNumber(), notice.members().size());
        return new Receipt(caseId, notice.registrationNumber(), true);
    }

    /** The same notice again is answered with the same case; a different one under its number is a conflict. */
    private Receipt repeat(String registrationNumber, String hash) {
        String storedHash = jdbc.sql("select payload_sha256 from death_notice where registration_number = :n")
                .param("n", registrationNumber).query(String.class).single();
        if (!storedHash.equals(hash)) {
            throw ApiException.conflict("Registration " + registrationNumber
                    + " was already received with different content. Corrections are not accepted through a new notice.");
        }
        UUID caseId = cases.findByRegistrationNumber(registrationNumber).orElseThrow().id();
        return new Receipt(caseId, registrationNumber, false);
    }

    private static String canonical(DeathNoticeRequest request) {
        try {
            return CANONICAL.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed notice always serialises", e);
        }
    }

}
