package tw.ourdata.estate.tax;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.FieldProblem;

/**
 * The versioned tax assessment of a case: the system proposes one computed from the case's
 * inventory and heirs; an officer may adjust an asset value or a deduction with a reason (a new
 * version, recomputed); the officer approves one version, which is what the documents print.
 */
@Service
public class TaxAssessments {

    /** What an officer may change, and why: an asset's value, or the debts or unpaid taxes deducted. */
    public record Adjustment(String field, long value, String reason) {
    }

    private final JdbcClient jdbc;
    private final TaxParameterRepository parameters;
    private final ObjectMapper json;
    private final EstateFactsValidator validator;

    TaxAssessments(JdbcClient jdbc, TaxParameterRepository parameters, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.parameters = parameters;
        this.json = json;
        this.validator = new EstateFactsValidator(clock);
    }

    /** Computes and stores a new proposed version; earlier proposals are superseded. */
    @Transactional
    public TaxAssessment propose(UUID caseId, EstateFacts facts, String actor, String adjustmentReason) {
        List<FieldProblem> problems = validator.validate(facts);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        if (approved(caseId).isPresent()) {
            throw ApiException.conflict("The case's tax assessment is already approved; it cannot be changed.");
        }
        EstateTaxEstimate result = new EstateTaxCalculator(parameters.table()).estimate(facts);
        // Serialise per case: two proposals at once must not get the same version number.
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:k, 0))").param("k", "tax:" + caseId).query().singleRow();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from tax_assessment where case_id = :c")
                .param("c", caseId).query(Integer.class).single();
        jdbc.sql("update tax_assessment set status = 'SUPERSEDED' where case_id = :c and status = 'PROPOSED'")
                .param("c", caseId).update();
        jdbc.sql("""
                        insert into tax_assessment (id, case_id, version, status, facts, result, tax_payable, adjustment_reason, created_by)
                        values (:id, :c, :v, 'PROPOSED', cast(:facts as jsonb), cast(:result as jsonb), :tax, :reason, :by)
                        """)
                .param("id", UUID.randomUUID()).param("c", caseId).param("v", version)
                .param("facts", write(facts)).param("result", write(result)).param("tax", result.taxPayable())
                .param("reason", adjustmentReason).param("by", actor)
                .update();
        return latest(caseId).orElseThrow();
    }

    /**
     * An officer's adjustment of the latest proposal: a new version with the changed fact and the
     * reason, recomputed. {@code field} is {@code assets[i].value}, {@code debts} or {@code unpaidTaxes}.
     */
    @Transactional
    public TaxAssessment adjust(UUID caseId, Adjustment adjustment, String officer) {
        TaxAssessment current = latest(caseId).orElseThrow(() -> ApiException.notFound("The case has no tax assessment yet."));
        if (adjustment.reason() == null || adjustment.reason().isBlank()) {
            throw ApiException.invalid(List.of(new FieldProblem("reason", "an adjustment needs a reason")));
        }
        if (adjustment.value() < 0) {
            throw ApiException.invalid(List.of(new FieldProblem("value", "must not be negative")));
        }
        EstateFacts f = current.facts();
        EstateFacts adjusted;
        String field = adjustment.field() == null ? "" : adjustment.field().strip();
        if (field.equals("debts")) {
            adjusted = new EstateFacts(f.dateOfDeath(), f.diedInLineOfDuty(), f.residentOfTaiwan(), f.assets(), f.foreignAssets(),
                    f.giftsWithinTwoYears(), adjustment.value(), f.unpaidTaxes(), f.spouseClaim(), f.heirs(), f.dependents());
        } else if (field.equals("unpaidTaxes")) {
            adjusted = new EstateFacts(f.dateOfDeath(), f.diedInLineOfDuty(), f.residentOfTaiwan(), f.assets(), f.foreignAssets(),
                    f.giftsWithinTwoYears(), f.debts(), adjustment.value(), f.spouseClaim(), f.heirs(), f.dependents());
        } else if (field.matches("assets\\[\\d{1,4}]\\.value")) {
            int index = Integer.parseInt(field.substring(7, field.indexOf(']')));
            if (index >= f.assets().size()) {
                throw ApiException.invalid(List.of(new FieldProblem("field", "there is no asset " + index)));
            }
            List<Asset> assets = new ArrayList<>(f.assets());
            Asset old = assets.get(index);
            assets.set(index, new Asset(old.kind(), adjustment.value(), old.excluded()));
            adjusted = new EstateFacts(f.dateOfDeath(), f.diedInLineOfDuty(), f.residentOfTaiwan(), assets, f.foreignAssets(),
                    f.giftsWithinTwoYears(), f.debts(), f.unpaidTaxes(), f.spouseClaim(), f.heirs(), f.dependents());
        } else {
            throw ApiException.invalid(List.of(new FieldProblem("field",
                    "an officer may adjust assets[i].value, debts or unpaidTaxes")));
        }
        return propose(caseId, adjusted, officer, adjustment.field() + " = " + adjustment.value() + ": " + adjustment.reason().strip());
    }

    /** Approves the latest proposal; approving again is a no-op. */
    @Transactional
    public TaxAssessment approve(UUID caseId, String officer) {
        Optional<TaxAssessment> already = approved(caseId);
        if (already.isPresent()) {
            return already.get();
        }
        TaxAssessment current = latest(caseId).orElseThrow(() -> ApiException.notFound("The case has no tax assessment yet."));
        jdbc.sql("update tax_assessment set status = 'APPROVED', approved_by = :by, approved_at = now() where id = :id")
                .param("by", officer).param("id", current.id()).update();
        return approved(caseId).orElseThrow();
    }

    public Optional<TaxAssessment> latest(UUID caseId) {
        return find("case_id = :c order by version desc limit 1", caseId);
    }

    public Optional<TaxAssessment> approved(UUID caseId) {
        return find("case_id = :c and status = 'APPROVED'", caseId);
    }

    public List<TaxAssessment> versions(UUID caseId) {
        return jdbc.sql("select * from tax_assessment where case_id = :c order by version").param("c", caseId)
                .query((rs, n) -> row(rs)).list();
    }

    private Optional<TaxAssessment> find(String where, UUID caseId) {
        return jdbc.sql("select * from tax_assessment where " + where).param("c", caseId).query((rs, n) -> row(rs)).optional();
    }

    private TaxAssessment row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new TaxAssessment(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getInt("version"),
                TaxAssessment.Status.valueOf(rs.getString("status")), read(rs.getString("facts"), EstateFacts.class),
                read(rs.getString("result"), EstateTaxEstimate.class), rs.getString("adjustment_reason"),
                rs.getString("created_by"), rs.getObject("created_at", java.time.OffsetDateTime.class),
                rs.getString("approved_by"), rs.getObject("approved_at", java.time.OffsetDateTime.class));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored assessment no longer reads as " + type.getSimpleName(), e);
        }
    }
}
