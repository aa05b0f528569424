package tw.ourdata.estate.institutions;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.Sha256;
import tw.ourdata.estate.security.ApiClient;

/**
 * Receives an institution's answer: checks that it is this institution's query and a valid
 * answer, stores it with what it reported, and correlates the {@code AssetQueryAnswered} message
 * — in one transaction, so an answer is either stored and acted on, or neither.
 *
 * <p>The same answer twice changes nothing; a different second answer is a conflict: corrections
 * are a matter for the tax officer, not a silent overwrite.
 */
@Service
public class AssetQueryAnswers {

    private static final Logger log = LoggerFactory.getLogger(AssetQueryAnswers.class);

    /** Canonical JSON: same content, same bytes, whatever the sender's key order or spacing. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private final AnswerValidator validator = new AnswerValidator();
    private final AssetQueryRepository queries;
    private final RuntimeService runtime;
    private final Clock clock;

    AssetQueryAnswers(AssetQueryRepository queries, RuntimeService runtime, Clock clock) {
        this.queries = queries;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** What the institution gets back. {@code repeat}: this very answer was already stored, nothing changed. */
    public record Receipt(String queryId, AssetQueryStatus status, int assets, int liabilities, boolean repeat) {
    }

    @Transactional
    public Receipt receive(String queryIdText, AnswerRequest request, ApiClient institution) {
        UUID queryId = parse(queryIdText);
        AssetQuery query = queries.find(queryId).orElseThrow(() -> unknown(queryIdText));
        if (institution == null || !query.institutionCode().equals(institution.institutionCode())) {
            throw ApiException.forbidden("Asset query " + queryId + " was not sent to your institution.");
        }
        AnswerValidator.Result result = validator.validate(request);
        if (!result.valid()) {
            throw ApiException.invalid(result.problems());
        }
        InstitutionAnswer answer = result.answer();
        String canonical = canonical(answer);
        String hash = Sha256.hex(canonical);

        query = queries.lock(queryId).orElseThrow(() -> unknown(queryIdText));
        switch (query.status()) {
            case ANSWERED -> {
                if (hash.equals(query.answerSha256())) {
                    return new Receipt(queryId.toString(), AssetQueryStatus.ANSWERED, answer.assets().size(),
                            answer.liabilities().size(), true);
                }
                throw ApiException.conflict("Asset query " + queryId + " was already answered differently. "
                        + "A correction must go to the tax office; it is not accepted as a second answer.");
            }
            case CLOSED_WITHOUT_ANSWER -> throw ApiException.conflict("Asset query " + queryId
                    + " was closed without an answer by a tax officer (" + query.closeReason()
                    + "). A late answer is not accepted; please contact the tax office.");
            default -> {
                // PENDING, SENT or ESCALATED: the answer is welcome.
            }
        }
        queries.storeAnswer(query, answer, canonical, hash, institution.id(), OffsetDateTime.now(clock));
        // If the process is between two steps (a delivery job not run yet), nothing waits for the
        // message: that job finds the stored answer and finishes the query instead of sending.
        int correlated = runtime.createMessageCorrelation(AssetQueryProcess.ANSWER_MESSAGE)
                .processInstanceVariableEquals(AssetQueryProcess.QUERY_ID, queryId.toString())
                .correlateAllWithResult().size();
        log.info("Asset query {} answered by {}: {} with {} assets and {} liabilities{}", queryId, query.institutionCode(),
                answer.outcome(), answer.assets().size(), answer.liabilities().size(),
                correlated == 0 ? " (process not waiting yet; it will pick the answer up)" : "");
        return new Receipt(queryId.toString(), AssetQueryStatus.ANSWERED, answer.assets().size(), answer.liabilities().size(), false);
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw unknown(id);
        }
    }

    private static ApiException unknown(String id) {
        return ApiException.notFound("No asset query " + id + ".");
    }

    /** The answer as stored and compared: normalised (trimmed texts, reduced shares), keys sorted. */
    private static String canonical(InstitutionAnswer answer) {
        record Asset(String kind, String description, String identifier, String valuationBasis, long value, String share) {
        }
        record Liability(String kind, String description, long amount) {
        }
        record Stored(String status, List<Asset> assets, List<Liability> liabilities) {
        }
        Stored stored = new Stored(answer.outcome().name(),
                answer.assets().stream().map(a -> new Asset(a.kind().name(), a.description(), a.identifier(), a.valuationBasis(),
                        a.value(), a.share().toString())).toList(),
                answer.liabilities().stream().map(l -> new Liability(l.kind().name(), l.description(), l.amount())).toList());
        try {
            return CANONICAL.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a validated answer always serialises", e);
        }
    }

}
