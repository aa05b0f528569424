package tw.ourdata.estate.heirs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.cases.CaseRepository;
import tw.ourdata.estate.cases.CaseStatus;
import tw.ourdata.estate.institutions.AssetQueryRepository;
import tw.ourdata.estate.institutions.AssetTransferRepository;
import tw.ourdata.estate.tax.EstateTaxEstimate;
import tw.ourdata.estate.tax.FilingDeadline;
import tw.ourdata.estate.tax.FilingDeadlines;
import tw.ourdata.estate.tax.TaxAssessments;
import tw.ourdata.estate.tax.TaxPayments;
import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.NationalId;

/**
 * "My cases" for a logged-in heir or guardian: only the cases where they act for an heir. A
 * co-heir's personal data (masked national ID, birth date, contact) is shown only once that
 * co-heir consented; before, only their name, relation and onboarding status. Each read is
 * recorded in the case's audit trail with whose details were shown.
 */
@Service
class PortalCases {

    private final OnboardingRepository heirs;
    private final CaseRepository cases;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final AssetQueryRepository assetQueries;
    private final TaxAssessments taxAssessments;
    private final FilingDeadlines filingDeadlines;
    private final TaxPayments taxPayments;
    private final AssetTransferRepository transfers;

    PortalCases(OnboardingRepository heirs, CaseRepository cases, AuditTrail audit, JdbcClient jdbc,
                AssetQueryRepository assetQueries, TaxAssessments taxAssessments, FilingDeadlines filingDeadlines,
                TaxPayments taxPayments, AssetTransferRepository transfers) {
        this.taxPayments = taxPayments;
        this.transfers = transfers;
        this.jdbc = jdbc;
        this.assetQueries = assetQueries;
        this.taxAssessments = taxAssessments;
        this.filingDeadlines = filingDeadlines;
        this.heirs = heirs;
        this.cases = cases;
        this.audit = audit;
    }

    record MyCase(UUID caseId, String registrationNumber, String decedentName, LocalDate dateOfDeath, List<ActingFor> actingFor) {
    }

    record ActingFor(UUID heirId, String name, boolean asGuardian, OnboardingStatus onboardingStatus) {
    }

    /**
     * The case as its heirs see it in the portal. Besides who the heirs are: where the case stands (its
     * status, the date the notice came in, the filing deadline), how far the institutions got, what they
     * reported (by institution), and the tax assessment itemised with the legal basis of each line — the
     * heirs are the taxpayers (遺產及贈與稅法 Art. 6), so their own case's tax data is theirs to see.
     *
     * @param taxAssessment the approved assessment, or the tax office's latest proposal while none is approved
     */
    record CaseForHeir(UUID caseId, String registrationNumber, String decedentName, LocalDate dateOfDeath,
                       AssuranceLevel sessionAssuranceLevel, List<HeirEntry> heirs, ProxyEntry proxy,
                       CaseStatus status, OffsetDateTime openedAt, Deadline filingDeadline, List<QueryEntry> assetQueries,
                       int assetQueriesAnswered, int assetQueriesTotal, List<InstitutionInventory> inventory,
                       TaxEntry taxAssessment, PaymentEntry taxPayment, List<TransferEntry> transfers) {
    }

    /** @param status DUE or PAID; absent before a tax above zero is assessed */
    record PaymentEntry(String status, long amount, LocalDate deadline, OffsetDateTime paidAt) {
    }

    /** @param status PENDING, SENT, CONFIRMED, ESCALATED or CLOSED_WITHOUT_CONFIRMATION */
    record TransferEntry(String institution, String institutionName, String status, OffsetDateTime sentAt,
                         OffsetDateTime confirmedAt) {
    }

    record Deadline(LocalDate statutory, LocalDate inForce, boolean extended) {
    }

    /** @param status PENDING, SENT, ANSWERED, ESCALATED or CLOSED_WITHOUT_ANSWER */
    record QueryEntry(String institution, String institutionName, String status, OffsetDateTime sentAt,
                      OffsetDateTime answeredAt) {
    }

    /** What one institution reported, valued at the date of death (whole NT$). */
    record InstitutionInventory(String institution, String institutionName, List<AssetQueryRepository.InventoryAsset> assets,
                                List<AssetQueryRepository.InventoryLiability> liabilities) {
    }

    /** @param status PROPOSED (the tax office reviews it) or APPROVED */
    record TaxEntry(int version, String status, EstateTaxEstimate result, OffsetDateTime createdAt, OffsetDateTime approvedAt) {
    }

    record HeirEntry(UUID heirId, int position, String name, String relation, boolean predeceased, boolean actsThroughGuardian,
                     OnboardingStatus onboardingStatus, boolean you, boolean consented, Details details) {
    }

    /** Personal details: the heir's own, or a co-heir's who consented. */
    record Details(String nationalId, LocalDate birthDate, String email, String phone, AssuranceLevel assuranceLevel,
                   ProxyEntry namedProxy, String renunciationCourtReference, LocalDate renunciationDate) {
    }

    record ProxyEntry(UUID heirId, String name, String nationalId, String kind) {
    }

    List<MyCase> myCases(PortalPerson person) {
        Map<UUID, List<ActingFor>> byCase = new LinkedHashMap<>();
        for (OnboardingHeir h : heirs.actedForBy(person.nationalId())) {
            byCase.computeIfAbsent(h.caseId(), k -> new ArrayList<>())
                    .add(new ActingFor(h.id(), h.name(), h.actsThroughGuardian(), h.status()));
        }
        List<MyCase> result = new ArrayList<>();
        byCase.forEach((caseId, acting) -> cases.find(caseId).ifPresent(c ->
                result.add(new MyCase(c.id(), c.registrationNumber(), c.decedentName(), c.dateOfDeath(), acting))));
        return result;
    }

    @Transactional
    CaseForHeir read(PortalPerson person, UUID caseId) {
        List<OnboardingHeir> members = heirs.ofCase(caseId);
        boolean member = members.stream().anyMatch(h -> !h.predeceased() && h.actingNationalId().equals(person.nationalId()));
        CaseRepository.EstateCase c = cases.find(caseId).filter(x -> member)
                .orElseThrow(() -> ApiException.notFound("No case " + caseId + " of yours."));
        Map<UUID, OnboardingHeir> byId = new LinkedHashMap<>();
        members.forEach(h -> byId.put(h.id(), h));
        List<HeirEntry> entries = new ArrayList<>();
        List<UUID> shown = new ArrayList<>();
        for (OnboardingHeir h : members) {
            boolean you = !h.predeceased() && h.actingNationalId().equals(person.nationalId());
            Details details = null;
            if (you || h.consented()) {
                details = new Details(NationalId.mask(h.nationalId()), h.birthDate(),
                        h.contactEmail(), h.contactPhone(),
                        h.assurance(), proxyEntry(h.proxy(), byId), h.renunciationCourtReference(), h.renunciationDate());
                if (!you) {
                    shown.add(h.id());
                }
            }
            entries.add(new HeirEntry(h.id(), h.position(), h.name(), h.relation(), h.predeceased(), h.actsThroughGuardian(),
                    h.status(), you, h.consented(), details));
        }
        ProxyEntry caseProxy = heirs.caseProxy(caseId).map(p -> proxyEntry(p.proxy(), byId)).orElse(null);
        audit.record(caseId, Actors.of(person), "CASE_READ_BY_HEIR", shown,
                "the case as an heir sees it; details of " + shown.size() + " consenting co-heirs shown");
        List<AssetQueryRepository.QueryLine> lines = assetQueries.forCase(caseId);
        List<QueryEntry> queries = lines.stream().map(l -> new QueryEntry(l.query().institutionCode(), l.institutionName(),
                l.query().status().name(), l.query().sentAt(), l.query().answeredAt())).toList();
        FilingDeadline deadline = filingDeadlines.of(caseId);
        TaxEntry tax = taxAssessments.approved(caseId).or(() -> taxAssessments.latest(caseId))
                .map(a -> new TaxEntry(a.version(), a.status().name(), a.result(), a.createdAt(), a.approvedAt()))
                .orElse(null);
        return new CaseForHeir(c.id(), c.registrationNumber(), c.decedentName(), c.dateOfDeath(), person.assurance(),
                entries, caseProxy, c.status(), c.createdAt(),
                new Deadline(deadline.statutory(), deadline.inForce(), deadline.extendedTo() != null), queries,
                (int) queries.stream().filter(q -> q.status().equals("ANSWERED")).count(), queries.size(),
                inventory(caseId, lines), tax,
                taxPayments.state(caseId).map(p -> new PaymentEntry(p.status(), p.amount(), p.deadline(), p.paidAt())).orElse(null),
                transfers.forCase(caseId).stream().map(t -> new TransferEntry(t.transfer().institutionCode(), t.institutionName(),
                        t.transfer().status().name(), t.transfer().sentAt(), t.transfer().confirmedAt())).toList());
    }

    private List<InstitutionInventory> inventory(UUID caseId, List<AssetQueryRepository.QueryLine> lines) {
        List<AssetQueryRepository.InventoryAsset> assets = assetQueries.assets(caseId);
        List<AssetQueryRepository.InventoryLiability> liabilities = assetQueries.liabilities(caseId);
        List<InstitutionInventory> result = new ArrayList<>();
        for (AssetQueryRepository.QueryLine line : lines) {
            String code = line.query().institutionCode();
            List<AssetQueryRepository.InventoryAsset> own = assets.stream().filter(a -> a.institution().equals(code)).toList();
            List<AssetQueryRepository.InventoryLiability> owed = liabilities.stream().filter(l -> l.institution().equals(code)).toList();
            if (!own.isEmpty() || !owed.isEmpty()) {
                result.add(new InstitutionInventory(code, line.institutionName(), own, owed));
            }
        }
        return result;
    }

    record DataAccess(OffsetDateTime occurredAt, String actorKind, String actorId, String action, String detail) {
    }

    /**
     * Who read or passed on this heir's data, and when (DESIGN.md, "Security model"): the events of
     * the audit trail that name the heir as a data subject. Only for the heir or their guardian.
     */
    List<DataAccess> dataAccess(PortalPerson person, UUID heirId) {
        OnboardingHeir heir = heirs.find(heirId).filter(h -> !h.predeceased() && h.actingNationalId().equals(person.nationalId()))
                .orElseThrow(() -> ApiException.notFound("No heir " + heirId + " that you act for."));
        return jdbc.sql("select occurred_at, actor_kind, actor_id, action, detail from audit_event "
                        + "where case_id = :c and :h = any(data_subjects) order by sequence")
                .param("c", heir.caseId()).param("h", heirId)
                .query((rs, n) -> new DataAccess(rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor_kind"),
                        rs.getString("actor_id"), rs.getString("action"), rs.getString("detail")))
                .list();
    }

    private static ProxyEntry proxyEntry(OnboardingHeir.Proxy proxy, Map<UUID, OnboardingHeir> byId) {
        if (proxy == null) {
            return null;
        }
        if (proxy.isHeir()) {
            OnboardingHeir h = byId.get(proxy.heirId());
            return new ProxyEntry(proxy.heirId(), h == null ? null : h.name(), null, "HEIR");
        }
        return new ProxyEntry(null, proxy.agentName(), NationalId.mask(proxy.agentNationalId()), "AGENT");
    }
}
