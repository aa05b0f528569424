package tw.ourdata.estate.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.NationalId;
import tw.ourdata.estate.institutions.AssetQueryRepository;
import tw.ourdata.estate.institutions.AssetQueryStatus;
import tw.ourdata.estate.institutions.AssetTransferRepository;
import tw.ourdata.estate.heirs.OnboardingHeir;
import tw.ourdata.estate.heirs.OnboardingRepository;
import tw.ourdata.estate.security.ApiClient;
import tw.ourdata.estate.tax.FilingDeadline;
import tw.ourdata.estate.tax.FilingDeadlines;
import tw.ourdata.estate.tax.TaxAssessments;
import tw.ourdata.estate.tax.TaxPayments;

/**
 * Builds the case view for a caller allowed to read it, and records the read. Public for the officers' case
 * dossier page, which shows this same view and whose every read is recorded the same way.
 */
@Service
public class CaseViews {

    private final CaseRepository cases;
    private final RuntimeService runtime;
    private final RepositoryService repository;

    private final AuditTrail audit;
    private final AssetQueryRepository assetQueries;
    private final OnboardingRepository onboardingRepository;
    private final FilingDeadlines filingDeadlines;
    private final TaxAssessments taxAssessments;
    private final TaxPayments taxPayments;
    private final AssetTransferRepository transfers;

    CaseViews(CaseRepository cases, RuntimeService runtime, RepositoryService repository, AuditTrail audit,
              AssetQueryRepository assetQueries, OnboardingRepository onboardingRepository, FilingDeadlines filingDeadlines,
              TaxAssessments taxAssessments, TaxPayments taxPayments, AssetTransferRepository transfers) {
        this.taxPayments = taxPayments;
        this.transfers = transfers;
        this.filingDeadlines = filingDeadlines;
        this.taxAssessments = taxAssessments;
        this.onboardingRepository = onboardingRepository;
        this.audit = audit;
        this.assetQueries = assetQueries;
        this.cases = cases;
        this.runtime = runtime;
        this.repository = repository;
    }

    /**
     * Readable by the registration office that filed the notice and by tax officers. Anyone else
     * gets 404, not 403: whether a case exists for someone else's relative is itself personal data.
     */
    @Transactional
    CaseView read(String id, Authentication caller) {
        return read(id, caller, "");
    }

    /**
     * The same, saying in the audit event how the case was read (the API's reads say nothing: it is the default).
     *
     * @param readThrough e.g. "officers' case dossier page"; shown with the event to whoever reads the trail
     */
    @Transactional
    public CaseView read(String id, Authentication caller, String readThrough) {
        UUID caseId = parse(id);
        CaseRepository.EstateCase c = cases.find(caseId).filter(found -> mayRead(caller, found))
                .orElseThrow(() -> ApiException.notFound("No case " + id + " that you may read."));
        List<CaseRepository.Heir> members = cases.heirs(caseId);
        // Reading the case reads every heir's personal data: each of them can later see who did.
        audit.record(caseId, actor(caller), "CASE_READ", members.stream().map(CaseRepository.Heir::id).toList(), readThrough);
        Map<UUID, OnboardingHeir> onboarding = new HashMap<>();
        onboardingRepository.ofCase(caseId).forEach(h -> onboarding.put(h.id(), h));
        List<CaseView.Heir> heirs = members.stream().map(h -> {
            OnboardingHeir o = onboarding.get(h.id());
            return new CaseView.Heir(h.id().toString(), h.position(),
                    NationalId.mask(h.nationalId()), h.name(), h.relation().name(), h.predeceased(),
                    h.representsNationalId() == null ? null : NationalId.mask(h.representsNationalId()),
                    h.guardianNationalId() != null,
                    o == null || o.status() == null || h.predeceased() ? null : o.status().name(),
                    o == null || o.assurance() == null ? null : o.assurance().name());
        }).toList();
        List<CaseView.AssetQuery> queries = assetQueries.forCase(caseId).stream().map(line -> new CaseView.AssetQuery(
                line.query().id().toString(), line.query().institutionCode(), line.institutionName(), line.query().status().name(),
                line.query().sendCount(), line.query().sentAt(), line.query().answeredAt())).toList();
        return new CaseView(c.id().toString(), c.registrationNumber(), c.status(),
                new CaseView.Decedent(NationalId.mask(c.decedentNationalId()), c.decedentName(), c.decedentBirthDate(),
                        c.dateOfDeath(), c.diedInLineOfDuty()),
                heirs, c.createdAt(), c.closedAt(), currentActivities(c.processInstanceId()), queries,
                (int) queries.stream().filter(q -> q.status().equals(AssetQueryStatus.ANSWERED.name())).count(), queries.size(),
                isOfficer(caller) ? inventory(caseId) : null, filingDeadline(caseId),
                isOfficer(caller) ? taxAssessment(caseId) : null,
                isOfficer(caller) ? taxPayment(caseId) : null, transfers(caseId));
    }

    private List<CaseView.Transfer> transfers(UUID caseId) {
        return transfers.forCase(caseId).stream().map(line -> new CaseView.Transfer(line.transfer().id().toString(),
                line.transfer().institutionCode(), line.institutionName(), line.transfer().status().name(),
                line.transfer().sentAt(), line.transfer().confirmedAt())).toList();
    }

    private CaseView.FilingDeadline filingDeadline(UUID caseId) {
        FilingDeadline d = filingDeadlines.of(caseId);
        return new CaseView.FilingDeadline(d.statutory(), d.inForce(), d.extendedTo() != null);
    }

    private CaseView.TaxPayment taxPayment(UUID caseId) {
        return taxPayments.state(caseId)
                .map(p -> new CaseView.TaxPayment(p.status(), p.amount(), p.deadline(), p.paidAt(), p.reference()))
                .orElse(null);
    }

    private CaseView.TaxAssessment taxAssessment(UUID caseId) {
        return taxAssessments.approved(caseId).or(() -> taxAssessments.latest(caseId))
                .map(a -> new CaseView.TaxAssessment(a.version(), a.status().name(), a.result(), a.adjustmentReason(),
                        a.createdBy(), a.createdAt(), a.approvedBy(), a.approvedAt()))
                .orElse(null);
    }

    /**
     * The inventory is the decedent's tax data (稅捐稽徵法 Art. 33 keeps it confidential): tax
     * officers see it; the registration office, whose part ended with the notice, sees only how
     * far the queries got.
     */
    private static boolean isOfficer(Authentication caller) {
        return !(caller.getPrincipal() instanceof ApiClient) && caller.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_OFFICER") || a.getAuthority().equals("ROLE_ADMIN"));
    }

    private CaseView.Inventory inventory(UUID caseId) {
        return new CaseView.Inventory(
                assetQueries.assets(caseId).stream().map(a -> new CaseView.InventoryAsset(a.institution(), a.kind(), a.description(),
                        a.identifier(), a.valuationBasis(), a.value(), a.share())).toList(),
                assetQueries.liabilities(caseId).stream().map(l -> new CaseView.InventoryLiability(l.institution(), l.kind(),
                        l.description(), l.amount())).toList());
    }

    private static AuditTrail.Actor actor(Authentication caller) {
        if (caller.getPrincipal() instanceof ApiClient client) {
            return new AuditTrail.Actor(client.kind().name(), client.id().toString());
        }
        return new AuditTrail.Actor("OFFICER", caller.getName());
    }

    private static boolean mayRead(Authentication caller, CaseRepository.EstateCase c) {
        if (caller.getPrincipal() instanceof ApiClient client) {
            return client.kind() == ApiClient.Kind.REGISTRATION_OFFICE && client.id().equals(c.filedBy());
        }
        return caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_OFFICER")
                || a.getAuthority().equals("ROLE_ADMIN"));
    }

    /**
     * The leaf activities of the case's process and of every process it called, each listed once
     * (nine asset queries waiting for their answers are one "awaitAnswer"; which institution stands
     * where is in {@code assetQueries}).
     */
    private List<CaseView.Activity> currentActivities(String rootProcessInstanceId) {
        List<CaseView.Activity> result = new ArrayList<>();
        if (rootProcessInstanceId == null) {
            return result;
        }
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().rootProcessInstanceId(rootProcessInstanceId).list()) {
            ActivityInstance tree = runtime.getActivityInstance(instance.getId());
            if (tree != null) {
                String key = repository.getProcessDefinition(instance.getProcessDefinitionId()).getKey();
                collectLeaves(tree, key, result);
            }
        }
        return result.stream().distinct().toList();
    }

    private static void collectLeaves(ActivityInstance node, String processKey, List<CaseView.Activity> out) {
        if (node.getChildActivityInstances().length == 0 && node.getChildTransitionInstances().length == 0) {
            // A token waiting at a join is no wait of its own: the case waits for the other branch.
            // A call activity waits for the process it called, whose own activities are listed.
            String type = node.getActivityType();
            if (!"processDefinition".equals(type) && !type.endsWith("Gateway") && !"callActivity".equals(type)) {
                out.add(new CaseView.Activity(node.getActivityId(), node.getActivityName(), processKey));
            }
            return;
        }
        for (ActivityInstance child : node.getChildActivityInstances()) {
            collectLeaves(child, processKey, out);
        }
        for (var transition : node.getChildTransitionInstances()) {
            out.add(new CaseView.Activity(transition.getActivityId(), transition.getActivityName(), processKey));
        }
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("No case " + id + " that you may read.");
        }
    }
}
