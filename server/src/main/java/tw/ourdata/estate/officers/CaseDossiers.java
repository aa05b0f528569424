package tw.ourdata.estate.officers;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.audit.AuditChain;
import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.cases.CaseRepository;
import tw.ourdata.estate.cases.CaseView;
import tw.ourdata.estate.cases.CaseViews;
import tw.ourdata.estate.common.NationalId;
import tw.ourdata.estate.documents.CaseDocument;
import tw.ourdata.estate.documents.DocumentStore;
import tw.ourdata.estate.heirs.OnboardingHeir;
import tw.ourdata.estate.heirs.OnboardingRepository;
import tw.ourdata.estate.partition.PartitionPlans;

/**
 * Reads a case's dossier for a tax officer. The case itself comes from {@link CaseViews}, as the API serves it to
 * officers, and so does the record of the read: each dossier read is a {@code CASE_READ} in the case's audit trail
 * naming every heir, which each of them sees in the portal. The rest comes from the features that own it.
 */
@Service
class CaseDossiers {

    /** The trail a page shows; a case's whole trail can run to thousands of reads. */
    static final int TRAIL_EVENTS_SHOWN = 200;
    /** How the dossier's reads are told apart from the API's in the audit trail. */
    static final String READ_THROUGH = "officers' case dossier page";

    private final CaseViews views;
    private final CaseRepository cases;
    private final OnboardingRepository onboarding;
    private final PartitionPlans plans;
    private final DocumentStore documents;
    private final AuditTrail audit;
    private final RuntimeService runtime;
    private final TaskService tasks;

    CaseDossiers(CaseViews views, CaseRepository cases, OnboardingRepository onboarding, PartitionPlans plans,
                 DocumentStore documents, AuditTrail audit, RuntimeService runtime, TaskService tasks) {
        this.views = views;
        this.cases = cases;
        this.onboarding = onboarding;
        this.plans = plans;
        this.documents = documents;
        this.audit = audit;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /**
     * One transaction: the read is recorded exactly when the page is built, and the trail the page shows ends with
     * this very read.
     *
     * @throws tw.ourdata.estate.common.ApiException 404 for an unknown case or a malformed id
     */
    @Transactional
    CaseDossier read(String caseId, Authentication officer) {
        CaseView view = views.read(caseId, officer, READ_THROUGH);
        UUID id = UUID.fromString(view.id());
        String processInstanceId = cases.find(id).map(CaseRepository.EstateCase::processInstanceId).orElse(null);
        Map<String, String> heirNames = view.heirs().stream()
                .collect(Collectors.toMap(CaseView.Heir::heirId, CaseView.Heir::name));
        return new CaseDossier(view, proxy(id), plans.followUpFacts(id),
                documents.ofCase(id).stream().map(CaseDocument::forOfficers).toList(),
                openTasks(processInstanceId), trail(id, heirNames));
    }

    /** The newest cases, for the officers' entry page; no personal data of the heirs, so no read to record. */
    List<CaseRepository.EstateCase> newest(String registrationNumber, int limit) {
        return cases.newest(registrationNumber, limit);
    }

    private CaseDossier.Proxy proxy(UUID caseId) {
        return onboarding.caseProxy(caseId).map(p -> {
            OnboardingHeir.Proxy proxy = p.proxy();
            if (proxy.isHeir()) {
                OnboardingHeir heir = onboarding.find(proxy.heirId()).orElse(null);
                return new CaseDossier.Proxy(heir == null ? "?" : heir.name(), heir == null ? null : heir.position(), null,
                        p.decidedBy(), p.reason());
            }
            return new CaseDossier.Proxy(proxy.agentName(), null, NationalId.mask(proxy.agentNationalId()), p.decidedBy(),
                    p.reason());
        }).orElse(null);
    }

    /**
     * Every user task of the case's process and of the processes it called (asset queries, onboarding, signatures,
     * transfers); each BPMN user task of ours is a tax officer's. Oldest first: the one waiting longest leads.
     */
    private List<CaseDossier.OpenTask> openTasks(String rootProcessInstanceId) {
        if (rootProcessInstanceId == null) {
            return List.of();
        }
        String[] instances = runtime.createProcessInstanceQuery().rootProcessInstanceId(rootProcessInstanceId).list()
                .stream().map(ProcessInstance::getId).toArray(String[]::new);
        if (instances.length == 0) {
            return List.of();
        }
        return tasks.createTaskQuery().processInstanceIdIn(instances).orderByTaskCreateTime().asc().list().stream()
                .map(t -> new CaseDossier.OpenTask(t.getId(), t.getName(),
                        t.getCreateTime() == null ? null : t.getCreateTime().toInstant(), t.getAssignee(),
                        "/camunda/app/tasklist/default/#/?task=" + t.getId()))
                .toList();
    }

    private CaseDossier.Trail trail(UUID caseId, Map<String, String> heirNames) {
        // The whole chain is read once: checking it needs every event anyway; the page shows the latest.
        List<AuditChain.Event> all = audit.events(caseId);
        List<CaseDossier.TrailEvent> events = all.subList(Math.max(0, all.size() - TRAIL_EVENTS_SHOWN), all.size())
                .stream().sorted(Comparator.comparingInt(AuditChain.Event::sequence).reversed())
                .map(e -> new CaseDossier.TrailEvent(e.sequence(), e.occurredAt(), e.actorKind(),
                        actor(e.actorKind(), e.actorId(), heirNames::get), e.action(),
                        // Details are written masked; masking again costs nothing and keeps a slip off the page.
                        NationalId.maskWithin(e.detail())))
                .toList();
        return new CaseDossier.Trail(events, all.size(), AuditChain.firstBreak(all));
    }

    /** Heirs and guardians are recorded by their heir row id (never by national ID); the officer reads a name. */
    private static String actor(String kind, String id, Function<String, String> heirName) {
        if ("HEIR".equals(kind) || "GUARDIAN".equals(kind)) {
            String name = heirName.apply(id);
            if (name == null) {
                return id;
            }
            return "GUARDIAN".equals(kind) ? name + " 之法定代理人 guardian of " + name : name;
        }
        return NationalId.maskWithin(id);
    }
}
