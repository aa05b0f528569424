package tw.ourdata.estate.institutions;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

import tw.ourdata.estate.cases.CaseRepository;

/**
 * The life of an asset query on our side: registered, sent (again), escalated, closed without an
 * answer. The delegates of {@code asset-query} call these, inside the engine's transaction.
 */
@Service
public class AssetQueries {

    private static final Logger log = LoggerFactory.getLogger(AssetQueries.class);

    private final AssetQueryRepository queries;
    private final Institutions institutions;
    private final CaseRepository cases;
    private final InstitutionGateway gateway;
    private final ServerAddress address;
    private final Environment env;
    private final Clock clock;

    AssetQueries(AssetQueryRepository queries, Institutions institutions, CaseRepository cases, InstitutionGateway gateway,
                 ServerAddress address, Environment env, Clock clock) {
        this.queries = queries;
        this.institutions = institutions;
        this.cases = cases;
        this.gateway = gateway;
        this.address = address;
        this.env = env;
        this.clock = clock;
    }

    /** A registered query and how long its institution may take. */
    record Registered(AssetQuery query, Duration serviceLevel) {
    }

    Registered register(UUID caseId, String institutionCode, String processInstanceId) {
        Institution institution = institution(institutionCode);
        AssetQuery query = queries.register(caseId, institutionCode, processInstanceId);
        return new Registered(query, serviceLevel(institution));
    }

    /**
     * The institution's service level, unless {@code ourdata.institutions.service-level-override}
     * (an ISO-8601 duration such as {@code PT2M}) shortens every one of them — for demonstrating
     * escalations without waiting days.
     */
    Duration serviceLevel(Institution institution) {
        String override = env.getProperty("ourdata.institutions.service-level-override");
        return override == null || override.isBlank() ? institution.serviceLevel() : Duration.parse(override.strip());
    }

    /**
     * Posts the query to its institution. Network failures and 5xx escape as exceptions, so the
     * engine's job retries them (and rolls back nothing but this attempt).
     */
    SendOutcome send(UUID queryId) {
        AssetQuery query = queries.lock(queryId).orElseThrow(() -> new IllegalStateException("no asset query " + queryId));
        if (query.status().settled()) {
            return new SendOutcome.AlreadySettled();
        }
        Institution institution = institution(query.institutionCode());
        CaseRepository.EstateCase estateCase = cases.find(query.caseId())
                .orElseThrow(() -> new IllegalStateException("no case " + query.caseId()));
        InstitutionGateway.QueryMessage message = new InstitutionGateway.QueryMessage(queryId.toString(),
                new InstitutionGateway.QueryMessage.Decedent(estateCase.decedentNationalId(), estateCase.decedentName(),
                        estateCase.decedentBirthDate().toString()),
                estateCase.dateOfDeath().toString(), address.callbackUrl(queryId));
        InstitutionGateway.Delivery delivery = gateway.post(address.endpoint(institution), message);
        if (delivery instanceof InstitutionGateway.Delivery.Refused refused) {
            log.warn("Institution {} refused asset query {} with {}", institution.code(), queryId, refused.status());
            return new SendOutcome.Refused(institution.displayName() + " refused the query: HTTP " + refused.status()
                    + (refused.detail().isBlank() ? "" : " " + refused.detail()));
        }
        queries.markSent(queryId, now());
        log.info("Asset query {} sent to {} (delivery {})", queryId, institution.code(), query.sendCount() + 1);
        return new SendOutcome.Sent(query.sendCount() + 1);
    }

    /** What the officer's task shows about the query. */
    record Escalation(String institutionCode, String institutionName, OffsetDateTime sentAt, String reason) {
    }

    Escalation escalate(UUID queryId, String reason) {
        AssetQuery query = queries.lock(queryId).orElseThrow(() -> new IllegalStateException("no asset query " + queryId));
        Institution institution = institution(query.institutionCode());
        String why = reason != null && !reason.isBlank() ? reason
                : institution.displayName() + " has not answered within its service level of " + serviceLevel(institution)
                + ", not even after the query was sent again.";
        queries.markEscalated(queryId, why, now());
        log.warn("Asset query {} to {} escalated to the tax officers", queryId, institution.code());
        return new Escalation(institution.code(), institution.displayName(), query.sentAt(), why);
    }

    void closeWithoutAnswer(UUID queryId, String officer, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Closing a query without an answer needs a reason.");
        }
        queries.lock(queryId).orElseThrow(() -> new IllegalStateException("no asset query " + queryId));
        if (!queries.markClosedWithoutAnswer(queryId, officer, reason.strip(), now())) {
            throw new IllegalStateException("Asset query " + queryId + " is already settled.");
        }
        log.info("Asset query {} closed without answer by {}", queryId, officer);
    }

    private Institution institution(String code) {
        return institutions.find(code).orElseThrow(() -> new IllegalStateException("no institution " + code));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
