package tw.ourdata.estate.partition;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.ConcurrentChanges;
import tw.ourdata.estate.heirs.PortalPerson;
import tw.ourdata.estate.succession.PartitionPlan;

/**
 * The partition plan in the portal ({@code /api/v1/portal/**}: the portal session, and its CSRF token on every
 * change). Every heir of the case reads it; the proxy saves and submits it.
 */
@RestController
@RequestMapping("/api/v1/portal/cases/{caseId}/partition-plan")
class PartitionPlanController {

    private final PartitionPlans plans;

    PartitionPlanController(PartitionPlans plans) {
        this.plans = plans;
    }

    /** @param assets every asset of the estate once, with each receiving heir's exact fraction ("1/3", "1") */
    record PlanRequest(List<PartitionPlan.AssetShares> assets) {
    }

    @Operation(summary = "The case's partition plan: per asset, each heir's fraction (default: the statutory shares)")
    @GetMapping
    PartitionPlans.PlanView read(@AuthenticationPrincipal PortalPerson person, @PathVariable String caseId) {
        return plans.view(person, uuid(caseId));
    }

    @Operation(summary = "The proxy saves a draft plan; 422 with field errors unless every asset's fractions sum to 1")
    @PutMapping
    PartitionPlans.PlanView save(@AuthenticationPrincipal PortalPerson person, @PathVariable String caseId,
            @RequestBody PlanRequest request) {
        return plans.save(person, uuid(caseId), request.assets());
    }

    @Operation(summary = "The proxy submits the plan (the saved one, or the statutory shares); the heirs then sign")
    @PostMapping("/submit")
    @ResponseStatus(HttpStatus.ACCEPTED)
    PartitionPlans.PlanView submit(@AuthenticationPrincipal PortalPerson person, @PathVariable String caseId) {
        return ConcurrentChanges.retried(() -> plans.submit(person, uuid(caseId)));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("No case " + id + " of yours.");
        }
    }
}
