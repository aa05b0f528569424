package tw.ourdata.estate.tax;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.FieldProblem;
import tw.ourdata.estate.common.RateLimiter;

/**
 * {@code POST /api/v1/estate-tax/estimate}: the "what would we owe" calculator families ask for.
 * Public, so rate-limited per client address; it stores nothing and reads no case.
 */
@RestController
class EstimateController {

    private final TaxParameterRepository parameters;
    private final EstateFactsValidator validator;
    private final RateLimiter rateLimiter;

    EstimateController(TaxParameterRepository parameters, Clock clock, Environment env) {
        this.parameters = parameters;
        this.validator = new EstateFactsValidator(clock);
        this.rateLimiter = new RateLimiter(env.getProperty("ourdata.estimate.requests-per-minute", Long.class, 30L));
    }

    @PostMapping(path = "/api/v1/estate-tax/estimate", consumes = "application/json")
    EstateTaxEstimate estimate(@RequestBody EstateFacts facts, HttpServletRequest request) {
        rateLimiter.acquire(request.getRemoteAddr());
        List<FieldProblem> problems = validator.validate(facts);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        try {
            return new EstateTaxCalculator(parameters.table()).estimate(facts);
        } catch (UnsupportedDateOfDeathException e) {
            throw ApiException.invalid(List.of(new FieldProblem("dateOfDeath", e.getMessage())));
        }
    }
}
