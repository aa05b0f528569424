package tw.ourdata.estate.partition;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.cases.CaseRepository;
import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.Fraction;
import tw.ourdata.estate.common.NationalId;
import tw.ourdata.estate.heirs.HeirMessages;
import tw.ourdata.estate.heirs.Invitations;
import tw.ourdata.estate.heirs.OnboardingHeir;
import tw.ourdata.estate.heirs.OnboardingRepository;
import tw.ourdata.estate.heirs.PortalPerson;
import tw.ourdata.estate.signatures.AgreementRefusals;
import tw.ourdata.estate.signatures.PartitionAgreements;
import tw.ourdata.estate.signatures.PartitionAgreements.Party;
import tw.ourdata.estate.signatures.PartitionAgreements.ReportedAsset;
import tw.ourdata.estate.succession.PartitionPlan;

/**
 * The proxy's partition plan (分割方案) of a case: every heir of the case may read it; only the proxy (an heir the
 * heirs named) may change and submit it, and only while the case waits for it (BPMN receive task
 * {@code awaitPartitionPlan}). Until the proxy saves anything the plan is the statutory shares. When no plan comes
 * (an outside agent has no portal login), a tax officer may send the statutory shares instead ({@link #submitStatutory}).
 *
 * <p>Submitting stores the plan and correlates {@code PartitionPlanSubmitted} in one transaction; the process
 * then renders the agreement from the stored plan ({@link #submitted}).
 */
@Service
public class PartitionPlans {

    static final String AWAIT_PLAN = "awaitPartitionPlan";
    static final String SUBMITTED_MESSAGE = "PartitionPlanSubmitted";

    private final CaseRepository cases;
    private final OnboardingRepository heirs;
    private final PartitionAgreements agreements;
    private final AgreementRefusals refusals;
    private final HeirMessages messages;
    private final RuntimeService runtime;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Invitations invitations;

    PartitionPlans(CaseRepository cases, OnboardingRepository heirs, PartitionAgreements agreements,
            AgreementRefusals refusals, HeirMessages messages, RuntimeService runtime, JdbcClient jdbc, AuditTrail audit,
            Clock clock, Invitations invitations) {
        this.invitations = invitations;
        this.refusals = refusals;
        this.messages = messages;
        this.cases = cases;
        this.heirs = heirs;
        this.agreements = agreements;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public enum Status {
        DRAFT, SUBMITTED
    }

    /**
     * @param version  submissions so far (a refusal to sign sends the plan back; the next submission is the next)
     * @param editable whether the viewer may change and submit it now
     * @param proxy    whether the viewer is the case's proxy
     * @param saved    whether the proxy saved a plan (otherwise these are the statutory shares)
     * @param returned while the plan is a draft again: who refused which version of the agreement, and why
     * @param awaiting whether the case waits for the plan now (after the tax approval, until it is submitted)
     * @param outsideAgent whether the proxy is an outside agent, whom a tax officer reaches (no portal login)
     */
    public record PlanView(UUID caseId, Status status, int version, boolean editable, boolean proxy, boolean saved,
            String proxyName, List<HeirView> heirs, List<AssetView> assets, AgreementRefusals.RefusalNotice returned,
            boolean awaiting, boolean outsideAgent) {
    }

    public record HeirView(UUID heirId, int position, String name, String statutoryShare) {
    }

    public record AssetView(UUID assetId, String institutionCode, String institutionName, String kind,
            String description, String identifier, long value, List<AllocationView> allocations) {
    }

    public record AllocationView(UUID heirId, String fraction) {
    }

    @Transactional(readOnly = true)
    public PlanView view(PortalPerson person, UUID caseId) {
        List<OnboardingHeir> mine = actingHeirs(person, caseId);
        return view(caseId, mine);
    }

    @Transactional
    public PlanView save(PortalPerson person, UUID caseId, List<PartitionPlan.AssetShares> sent) {
        OnboardingHeir proxy = requireEditableByProxy(person, caseId);
        PartitionPlan plan = read(caseId, sent);
        store(caseId, plan, Status.DRAFT, proxy.id());
        audit.record(caseId, actor(proxy), "PARTITION_PLAN_SAVED", List.of(),
                "the proxy saved a partition plan draft of " + plan.sharesByAsset().size() + " assets");
        return view(caseId, actingHeirs(person, caseId));
    }

    /** Submits the saved plan, or the statutory shares if none was saved. */
    @Transactional
    public PlanView submit(PortalPerson person, UUID caseId) {
        OnboardingHeir proxy = requireEditableByProxy(person, caseId);
        PartitionPlan plan = saved(caseId).orElseGet(() -> statutory(caseId));
        // The heirs cannot change while the plan is awaited, but a plan saved earlier is checked once more anyway.
        PartitionPlan checked = read(caseId, asSent(plan));
        int version = storeSubmitted(caseId, checked, proxy.id());
        audit.record(caseId, actor(proxy), "PARTITION_PLAN_SUBMITTED", List.of(),
                "the proxy submitted partition plan version " + version + " for the heirs' signatures");
        int correlated = runtime.createMessageCorrelation(SUBMITTED_MESSAGE)
                .processInstanceId(processInstanceId(caseId))
                .correlateAllWithResult().size();
        if (correlated != 1) {
            // Checked above, so only a concurrent submission gets here: roll this one back.
            throw ApiException.conflict("The case is not waiting for a partition plan any more.");
        }
        return view(caseId, actingHeirs(person, caseId));
    }

    /**
     * BPMN service task {@code submitStatutoryPlan}, on a tax officer's decision when the proxy submitted no plan:
     * the statutory shares become the submitted plan (the next version), and every heir is told why they are asked
     * to sign it. In the process's own transaction; the process goes on to render the agreement itself.
     *
     * @return the version submitted
     */
    @Transactional
    public int submitStatutory(UUID caseId) {
        lockPlanOf(caseId);
        if (stored(caseId).map(p -> p.status() == Status.SUBMITTED).orElse(false)) {
            throw new IllegalStateException("case " + caseId + " has a submitted partition plan already");
        }
        int version = storeSubmitted(caseId, statutory(caseId), null);
        audit.record(caseId, AuditTrail.Actor.SYSTEM, "PARTITION_PLAN_SUBMITTED", List.of(),
                "the statutory shares were submitted as partition plan version " + version
                        + " on a tax officer's decision, the proxy having submitted no plan");
        messages.toActiveHeirs(caseId, "請簽署以應繼分分割之協議書 Please sign the agreement by statutory shares",
                "代理人未提出分割方案，經稅捐機關聯繫後，改以各繼承人之應繼分為分割方案，製作分割協議書第 " + version
                        + " 版。您將另收到簽署通知；如不同意，可於簽署頁面拒絕並說明理由，方案即退回代理人。\n\n"
                        + "The proxy submitted no partition plan. After following up, the tax office sent the statutory"
                        + " shares as the plan: version " + version + " of the partition agreement. You will be asked"
                        + " to sign it; if you disagree, refuse on the signing page with your reason, and the plan goes"
                        + " back to the proxy.");
        return version;
    }

    /**
     * BPMN service task {@code requestPartitionPlan}: tells the proxy, with a sign-in link, that the partition plan is
     * theirs to draft (the statutory shares are the starting point).
     *
     * @return false when the proxy is an outside agent, who has no portal login: a tax officer reaches them instead
     */
    @Transactional
    public boolean requestFromProxy(UUID caseId) {
        Optional<UUID> proxyHeir = heirs.caseProxy(caseId).filter(p -> p.proxy().isHeir()).map(p -> p.proxy().heirId());
        proxyHeir.ifPresent(heirId -> invitations.sendWithLink(heirId, "PARTITION_PLAN_REQUESTED",
                "請提出遺產分割方案 Please draft the partition plan",
                "稅捐機關已核定遺產稅。您是本案之代理人，請開啟以下連結，決定每項遺產由哪位繼承人取得多少比例"
                        + "（預設為各繼承人之應繼分），確認後送出，全體繼承人即可簽署分割協議書。",
                "The tax office has approved the estate tax. As the case's proxy, open the link above and decide"
                        + " which heir receives which fraction of each asset (the statutory shares are the default);"
                        + " when you submit the plan, every heir is asked to sign the partition agreement."));
        return proxyHeir.isPresent();
    }

    /** The officer's follow-up of a missing plan ({@code proxyHasNotSubmittedPlan}), in the audit trail. */
    @Transactional
    public void recordFollowUp(UUID caseId, String officer, boolean sendStatutoryPlan, String note) {
        audit.record(caseId, new AuditTrail.Actor("OFFICER", officer), "PARTITION_PLAN_FOLLOWED_UP", List.of(),
                (sendStatutoryPlan ? "sends the statutory-share plan to the heirs for signature"
                        : "keeps waiting for the proxy's plan") + "; note: " + note.strip());
    }

    /** What a tax officer following up on a missing plan needs to know ({@code proxyHasNotSubmittedPlan}). */
    public record FollowUpFacts(String proxyName, boolean outsideAgent, String maskedAgentNationalId, Status status,
            int version, boolean draftSaved, String statutoryShares) {
    }

    @Transactional(readOnly = true)
    public FollowUpFacts followUpFacts(UUID caseId) {
        Optional<OnboardingRepository.CaseProxy> caseProxy = heirs.caseProxy(caseId);
        boolean agent = caseProxy.map(p -> !p.proxy().isHeir()).orElse(true);
        String name = caseProxy.map(p -> heirs.nameOf(p.proxy())).orElse("?");
        String maskedNid = caseProxy.filter(p -> !p.proxy().isHeir())
                .map(p -> NationalId.mask(p.proxy().agentNationalId())).orElse(null);
        Optional<Stored> row = stored(caseId);
        Stored stored = row.orElse(new Stored(Status.DRAFT, 0));
        boolean draftSaved = row.isPresent() && stored.status() == Status.DRAFT;
        String shares = agreements.parties(caseId).stream()
                .map(p -> p.heir().name() + " " + p.statutoryShare()).collect(Collectors.joining("; "));
        return new FollowUpFacts(name, agent, maskedNid, stored.status(), stored.version(), draftSaved, shares);
    }

    /** The submitted plan, as the agreement is rendered from it. */
    @Transactional(readOnly = true)
    public PartitionPlan submitted(UUID caseId) {
        if (stored(caseId).map(p -> p.status() != Status.SUBMITTED).orElse(true)) {
            throw new IllegalStateException("case " + caseId + " has no submitted partition plan");
        }
        return saved(caseId).orElseThrow();
    }

    /**
     * After a refusal to sign: the plan is a draft again, for the proxy to change or submit again, and every heir
     * (the proxy among them) is told who refused and why.
     */
    @Transactional
    public void returnToProxy(UUID caseId) {
        jdbc.sql("update partition_plan set status = 'DRAFT', updated_at = now() where case_id = :c")
                .param("c", caseId).update();
        AgreementRefusals.RefusalNotice refusal = refusals.latest(caseId).orElseThrow();
        messages.toActiveHeirs(caseId,
                "遺產分割協議書第 " + refusal.version() + " 版經拒絕簽署 The partition agreement (version "
                        + refusal.version() + ") was refused",
                refusal.heirName() + " 拒絕簽署協議書第 " + refusal.version() + " 版，理由：" + refusal.reason()
                        + "\n此版本已作廢，已完成之簽署不生效力。代理人將修改分割方案後重新提出，屆時將再通知您簽署。\n\n"
                        + refusal.heirName() + " refused to sign version " + refusal.version() + " of the partition"
                        + " agreement. This version is void and its signatures count for nothing. The proxy will revise"
                        + " the plan and submit it again; you will be asked to sign the new version.");
        audit.record(caseId, AuditTrail.Actor.SYSTEM, "PARTITION_PLAN_RETURNED", List.of(),
                "partition plan returned to the proxy after version " + refusal.version() + " was refused");
    }

    private PlanView view(UUID caseId, List<OnboardingHeir> viewer) {
        List<Party> parties = agreements.parties(caseId);
        List<ReportedAsset> reported = agreements.reportedAssets(caseId);
        List<UUID> assetIds = reported.stream().map(ReportedAsset::id).toList();
        Optional<PartitionPlan> saved = saved(caseId, assetIds);
        PartitionPlan plan = saved.orElseGet(() -> PartitionPlan.statutory(assetIds,
                PartitionAgreements.statutoryShares(parties)));
        Stored stored = stored(caseId).orElse(new Stored(Status.DRAFT, 0));
        Status status = stored.status();
        int version = stored.version();
        Optional<OnboardingRepository.CaseProxy> caseProxy = heirs.caseProxy(caseId);
        Optional<UUID> proxyHeirId = caseProxy.filter(p -> p.proxy().isHeir()).map(p -> p.proxy().heirId());
        boolean isProxy = proxyHeirId.isPresent() && viewer.stream().anyMatch(h -> h.id().equals(proxyHeirId.get()));
        boolean awaiting = status == Status.DRAFT && awaitingPlan(caseId);
        boolean editable = isProxy && awaiting;
        String proxyName = caseProxy.map(p -> heirs.nameOf(p.proxy())).orElse(null);
        boolean outsideAgent = caseProxy.map(p -> !p.proxy().isHeir()).orElse(false);
        List<AssetView> assets = reported.stream()
                .map(a -> new AssetView(a.id(), a.institutionCode(), a.institutionName(), a.kind(), a.description(),
                        a.identifier(), a.value(), plan.sharesOf(a.id()).entrySet().stream()
                                .map(e -> new AllocationView(e.getKey(), e.getValue().toString())).toList()))
                .toList();
        AgreementRefusals.RefusalNotice returned = status == Status.DRAFT && version > 0
                ? refusals.latest(caseId).filter(r -> r.version() == version).orElse(null) : null;
        return new PlanView(caseId, status, version, editable, isProxy, saved.isPresent(), proxyName,
                parties.stream().map(p -> new HeirView(p.heir().id(), p.heir().position(), p.heir().name(),
                        p.statutoryShare().toString())).toList(),
                assets, returned, awaiting, outsideAgent);
    }

    private PartitionPlan read(UUID caseId, List<PartitionPlan.AssetShares> sent) {
        Set<UUID> inheriting = agreements.parties(caseId).stream().map(p -> p.heir().id()).collect(Collectors.toSet());
        PartitionPlan.Reading reading = PartitionPlan.read(sent, agreements.assetIds(caseId), inheriting);
        if (!reading.valid()) {
            throw ApiException.invalid(reading.problems());
        }
        return reading.plan();
    }

    private PartitionPlan statutory(UUID caseId) {
        return PartitionPlan.statutory(agreements.assetIds(caseId),
                PartitionAgreements.statutoryShares(agreements.parties(caseId)));
    }

    private static List<PartitionPlan.AssetShares> asSent(PartitionPlan plan) {
        List<PartitionPlan.AssetShares> sent = new ArrayList<>();
        plan.sharesByAsset().forEach((asset, shares) -> sent.add(new PartitionPlan.AssetShares(asset.toString(),
                shares.entrySet().stream().map(e -> new PartitionPlan.HeirShare(e.getKey().toString(),
                        e.getValue().toString())).toList())));
        return sent;
    }

    /** Where the plan stands, once the proxy saved or submitted it. */
    private record Stored(Status status, int version) {
    }

    private Optional<Stored> stored(UUID caseId) {
        return jdbc.sql("select status, version from partition_plan where case_id = :c").param("c", caseId)
                .query((rs, n) -> new Stored(Status.valueOf(rs.getString("status")), rs.getInt("version"))).optional();
    }

    private Optional<PartitionPlan> saved(UUID caseId) {
        return saved(caseId, agreements.assetIds(caseId));
    }

    private Optional<PartitionPlan> saved(UUID caseId, List<UUID> assetIds) {
        if (stored(caseId).isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, Map<UUID, Fraction>> shares = new LinkedHashMap<>();
        assetIds.forEach(a -> shares.put(a, new LinkedHashMap<>()));
        jdbc.sql("select asset_id, heir_id, fraction from partition_plan_share where case_id = :c order by heir_id")
                .param("c", caseId)
                .query((rs, n) -> {
                    shares.computeIfAbsent(rs.getObject("asset_id", UUID.class), k -> new LinkedHashMap<>())
                            .put(rs.getObject("heir_id", UUID.class), Fraction.parse(rs.getString("fraction")));
                    return null;
                }).list();
        return Optional.of(new PartitionPlan(shares));
    }

    private void store(UUID caseId, PartitionPlan plan, Status status, UUID by) {
        jdbc.sql("""
                        insert into partition_plan (case_id, status, updated_by) values (:c, :s, :by)
                        on conflict (case_id) do update set status = :s, updated_by = :by, updated_at = now()
                        """)
                .param("c", caseId).param("s", status.name()).param("by", by).update();
        jdbc.sql("delete from partition_plan_share where case_id = :c").param("c", caseId).update();
        plan.sharesByAsset().forEach((asset, shares) -> shares.forEach((heir, fraction) -> jdbc.sql("""
                        insert into partition_plan_share (case_id, asset_id, heir_id, fraction) values (:c, :a, :h, :f)
                        """)
                .param("c", caseId).param("a", asset).param("h", heir).param("f", fraction.toString()).update()));
    }

    /** Stores the plan as submitted and counts the submission; {@code by} is the proxy heir, or null for an officer. */
    private int storeSubmitted(UUID caseId, PartitionPlan plan, UUID by) {
        store(caseId, plan, Status.SUBMITTED, by);
        return jdbc.sql("""
                        update partition_plan set version = version + 1, submitted_at = :now
                        where case_id = :c returning version
                        """)
                .param("now", OffsetDateTime.now(clock)).param("c", caseId).query(Integer.class).single();
    }

    /**
     * Serialises every change of one case's plan (the proxy's saves and submissions, an officer's statutory plan).
     * NO KEY UPDATE: the audit trail's inserts (which take KEY SHARE on the case for their foreign key, under the
     * chain's advisory lock) must not wait for it.
     */
    private void lockPlanOf(UUID caseId) {
        jdbc.sql("select id from estate_case where id = :c for no key update").param("c", caseId).query(UUID.class).single();
    }

    private OnboardingHeir requireEditableByProxy(PortalPerson person, UUID caseId) {
        List<OnboardingHeir> mine = actingHeirs(person, caseId);
        lockPlanOf(caseId);
        OnboardingHeir proxy = proxyHeir(caseId).filter(p -> mine.stream().anyMatch(h -> h.id().equals(p.id())))
                .orElseThrow(() -> ApiException.forbidden(
                        "Only the proxy the heirs named may change or submit the partition plan."));
        if (stored(caseId).map(p -> p.status() == Status.SUBMITTED).orElse(false)) {
            throw ApiException.conflict("The plan is submitted and the heirs are signing the agreement; it can change"
                    + " only if an heir refuses to sign.");
        }
        if (!awaitingPlan(caseId)) {
            throw ApiException.conflict("The case is not waiting for a partition plan: the plan is drafted after the"
                    + " tax office approves the assessment.");
        }
        return proxy;
    }

    private Optional<OnboardingHeir> proxyHeir(UUID caseId) {
        return heirs.caseProxy(caseId).filter(p -> p.proxy().isHeir()).flatMap(p -> heirs.find(p.proxy().heirId()));
    }

    /** The heir rows of the case this person acts for (themself, or the minors they are guardian of). */
    private List<OnboardingHeir> actingHeirs(PortalPerson person, UUID caseId) {
        if (cases.find(caseId).isEmpty()) {
            throw notFound(caseId);
        }
        List<OnboardingHeir> mine = heirs.ofCase(caseId).stream()
                .filter(h -> !h.predeceased() && h.actingNationalId().equals(person.nationalId())).toList();
        if (mine.isEmpty()) {
            throw notFound(caseId);
        }
        return mine;
    }

    private boolean awaitingPlan(UUID caseId) {
        String pid = processInstanceId(caseId);
        return pid != null && runtime.createExecutionQuery().processInstanceId(pid).activityId(AWAIT_PLAN).count() > 0;
    }

    private String processInstanceId(UUID caseId) {
        return cases.find(caseId).map(CaseRepository.EstateCase::processInstanceId).orElse(null);
    }

    private static AuditTrail.Actor actor(OnboardingHeir heir) {
        return new AuditTrail.Actor("HEIR", heir.id().toString());
    }

    private static ApiException notFound(UUID caseId) {
        return ApiException.notFound("No case " + caseId + " of yours.");
    }
}
