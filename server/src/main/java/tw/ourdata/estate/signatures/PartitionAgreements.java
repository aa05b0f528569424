package tw.ourdata.estate.signatures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.cases.CaseRepository;
import tw.ourdata.estate.common.Fraction;
import tw.ourdata.estate.documents.DocumentStatus;
import tw.ourdata.estate.documents.DocumentStore;
import tw.ourdata.estate.documents.DocumentType;
import tw.ourdata.estate.documents.StoredDocument;
import tw.ourdata.estate.heirs.OnboardingHeir;
import tw.ourdata.estate.heirs.OnboardingRepository;
import tw.ourdata.estate.succession.Heir;
import tw.ourdata.estate.succession.HeirRelation;
import tw.ourdata.estate.succession.PartitionPlan;
import tw.ourdata.estate.succession.StatutoryShareCalculator;
import tw.ourdata.estate.succession.StatutoryShares;
import tw.ourdata.estate.tax.TaxAssessments;
import tw.ourdata.estate.templates.Allocation;
import tw.ourdata.estate.templates.Asset;
import tw.ourdata.estate.templates.Decedent;
import tw.ourdata.estate.templates.EstateDocumentRenderer;
import tw.ourdata.estate.templates.PartitionAgreementModel;
import tw.ourdata.estate.templates.Proxy;
import tw.ourdata.estate.templates.RenderedDocument;
import tw.ourdata.estate.templates.TaxAssessmentReference;

/**
 * Drafts the partition agreement (遺產分割協議書) of a case as the heirs will sign it: every reported asset with the
 * fraction each active heir receives, and each heir's statutory share (應繼分) beside their agreed share. One signature field per active heir,
 * named {@code heir-<position in the succession table>}; a minor heir's field names the guardian who signs.
 *
 * <p>Rendered from the proxy's plan (service task {@code renderPartitionAgreement}); the default plan is the
 * statutory shares. A new draft voids an agreement of the case still being signed (its signatures count for
 * nothing: DESIGN.md step 6).
 */
@Service
public class PartitionAgreements {

    /** Printed when the tax office has not approved an assessment yet: the agreement then cannot rely on one. */
    static final String NOT_YET_APPROVED = "尚未核定 NOT YET APPROVED";

    private static final Logger log = LoggerFactory.getLogger(PartitionAgreements.class);
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private final CaseRepository cases;
    private final OnboardingRepository heirs;
    private final TaxAssessments assessments;
    private final EstateDocumentRenderer renderer;
    private final DocumentStore store;
    private final DocumentSigners signers;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    PartitionAgreements(CaseRepository cases, OnboardingRepository heirs, TaxAssessments assessments,
            EstateDocumentRenderer renderer, DocumentStore store, DocumentSigners signers, JdbcClient jdbc,
            AuditTrail audit, PlatformTransactionManager transactions, Clock clock) {
        this.cases = cases;
        this.heirs = heirs;
        this.assessments = assessments;
        this.renderer = renderer;
        this.store = store;
        this.signers = signers;
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The agreement at the statutory shares: what the plan is until the proxy changes it. */
    public StoredDocument draft(UUID caseId) {
        List<Party> parties = parties(caseId);
        return draft(caseId, PartitionPlan.statutory(assetIds(caseId), statutoryShares(parties)));
    }

    /**
     * Renders the agreement from the plan and stores it as the case's next version.
     *
     * @return the stored agreement, in status SIGNING, revision 1
     */
    public StoredDocument draft(UUID caseId, PartitionPlan plan) {
        CaseRepository.EstateCase estate = cases.find(caseId)
                .orElseThrow(() -> new IllegalArgumentException("no case " + caseId));
        List<Party> parties = parties(caseId);
        if (parties.isEmpty()) {
            throw new IllegalStateException("case " + caseId + " has no active heir to sign a partition agreement");
        }
        List<ReportedAsset> reported = reportedAssets(caseId);
        Map<UUID, Long> values = new LinkedHashMap<>();
        reported.forEach(a -> values.put(a.id(), a.value()));
        LocalDate today = LocalDate.now(clock.withZone(TAIPEI));
        Map<UUID, OnboardingHeir> onboarding = new HashMap<>();
        heirs.ofCase(caseId).forEach(h -> onboarding.put(h.id(), h));
        PartitionAgreementModel model = new PartitionAgreementModel("PA-" + caseId,
                new Decedent(estate.decedentName(), estate.decedentNationalId(), estate.dateOfDeath(),
                        estate.decedentAddress() == null ? "" : estate.decedentAddress()),
                parties.stream().map(p -> p.templateHeir(plan.shareOfEstate(p.heir().id(), values, p.statutoryShare())))
                        .toList(),
                proxy(caseId, onboarding), assets(reported, plan, parties), taxAssessment(caseId, today), today);
        RenderedDocument rendered = renderer.renderPartitionAgreement(model);
        if (!rendered.warnings().isEmpty()) {
            log.warn("partition agreement of case {} rendered with {} warning(s): {}", caseId, rendered.warnings().size(),
                    rendered.warnings());
        }
        boolean statutory = plan.equals(PartitionPlan.statutory(reported.stream().map(ReportedAsset::id).toList(),
                statutoryShares(parties)));
        return tx.execute(t -> {
            for (StoredDocument earlier : store.ofCase(caseId)) {
                if (earlier.type() == DocumentType.PARTITION_AGREEMENT && earlier.status() == DocumentStatus.SIGNING
                        && store.changeStatus(earlier.id(), DocumentStatus.SIGNING, DocumentStatus.VOID)) {
                    audit.record(caseId, AuditTrail.Actor.SYSTEM, "DOCUMENT_VOIDED", List.of(),
                            "partition agreement version " + earlier.version() + " voided by a new draft");
                }
            }
            StoredDocument doc = store.create(caseId, DocumentType.PARTITION_AGREEMENT, DocumentStatus.SIGNING,
                    rendered.pdf(), "partition agreement drafted " + (statutory ? "at the statutory shares" : "from the proxy's plan")
                            + ", " + parties.size() + " parties",
                    AuditTrail.Actor.SYSTEM);
            for (Party p : parties) {
                signers.add(doc.id(), p.heir().id(), p.fieldName(), p.heir().position(), p.heir().actingName());
            }
            return doc;
        });
    }

    /**
     * The parties to the agreement: every active heir who inherits, with their statutory share (a renunciation
     * changes everyone's share, and can bring in the next order).
     */
    public List<Party> parties(UUID caseId) {
        List<CaseRepository.Heir> table = cases.heirs(caseId);
        Map<UUID, OnboardingHeir> onboarding = new HashMap<>();
        heirs.ofCase(caseId).forEach(h -> onboarding.put(h.id(), h));
        StatutoryShares shares = new StatutoryShareCalculator().calculate(successionTable(table, onboarding));
        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            OnboardingHeir heir = onboarding.get(table.get(i).id());
            if (heir != null && heir.active() && shares.inherits(i)) {
                parties.add(new Party(heir, shares.shareOf(i)));
            }
        }
        return parties;
    }

    public static Map<UUID, Fraction> statutoryShares(List<Party> parties) {
        Map<UUID, Fraction> result = new LinkedHashMap<>();
        parties.forEach(p -> result.put(p.heir().id(), p.statutoryShare()));
        return result;
    }

    /** The case's reported assets in the order of the inventory: by institution, then as the institution listed them. */
    public List<ReportedAsset> reportedAssets(UUID caseId) {
        return jdbc.sql("""
                        select a.id, a.institution_code, a.kind, a.description, a.identifier, a.value, a.share,
                               i.name_zh, i.name_en
                        from reported_asset a join institution i on i.code = a.institution_code
                        where a.case_id = :c order by i.position, a.position
                        """)
                .param("c", caseId)
                .query((rs, n) -> new ReportedAsset(rs.getObject("id", UUID.class), rs.getString("institution_code"),
                        rs.getString("name_zh") + " " + rs.getString("name_en"), rs.getString("kind"),
                        rs.getString("description"), rs.getString("identifier"),
                        Fraction.parse(rs.getString("share")).ofAmountRoundedDown(rs.getLong("value"))))
                .list();
    }

    public List<UUID> assetIds(UUID caseId) {
        return reportedAssets(caseId).stream().map(ReportedAsset::id).toList();
    }

    /** @param value the decedent's part of the asset's value at the date of death (their share of it) */
    public record ReportedAsset(UUID id, String institutionCode, String institutionName, String kind,
            String description, String identifier, long value) {
    }

    public record Party(OnboardingHeir heir, Fraction statutoryShare) {
        String fieldName() {
            return "heir-" + heir.position();
        }

        tw.ourdata.estate.templates.Heir templateHeir(Fraction agreedShare) {
            return new tw.ourdata.estate.templates.Heir(heir.name(), relationLabel(heir.relation()),
                    statutoryShare.toString(), agreedShare.toString(),
                    heir.actsThroughGuardian() ? heir.guardianName() : null, fieldName());
        }
    }

    private static List<Heir> successionTable(List<CaseRepository.Heir> table, Map<UUID, OnboardingHeir> onboarding) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            index.put(table.get(i).nationalId(), i);
        }
        List<Heir> result = new ArrayList<>();
        for (CaseRepository.Heir h : table) {
            OnboardingHeir o = onboarding.get(h.id());
            boolean renounced = o != null && !o.predeceased() && !o.active();
            result.add(new Heir(HeirRelation.valueOf(h.relation().name()), h.birthDate(), renounced, h.predeceased(),
                    h.representsNationalId() == null ? null : index.get(h.representsNationalId()), false));
        }
        return result;
    }

    private Proxy proxy(UUID caseId, Map<UUID, OnboardingHeir> onboarding) {
        return heirs.caseProxy(caseId).map(p -> {
            if (p.proxy().isHeir()) {
                OnboardingHeir h = onboarding.get(p.proxy().heirId());
                return new Proxy(h == null ? "?" : h.name(), "繼承人 Heir");
            }
            return new Proxy(p.proxy().agentName(), "受任代理人 Authorised agent");
        }).orElse(new Proxy("尚未確定 Not yet settled", "—"));
    }

    /** Every reported asset at the decedent's share of its value, allocated as the plan says. */
    private static List<Asset> assets(List<ReportedAsset> reported, PartitionPlan plan, List<Party> parties) {
        Map<UUID, String> names = new HashMap<>();
        parties.forEach(p -> names.put(p.heir().id(), p.heir().name()));
        return reported.stream().map(a -> new Asset(a.description(), kindLabel(a.kind()), a.institutionName(),
                        a.identifier() == null ? "—" : a.identifier(), a.value(),
                        plan.sharesOf(a.id()).entrySet().stream()
                                .map(e -> new Allocation(names.getOrDefault(e.getKey(), "?"), e.getValue().toString()))
                                .toList()))
                .toList();
    }

    private TaxAssessmentReference taxAssessment(UUID caseId, LocalDate today) {
        return assessments.approved(caseId)
                .map(a -> new TaxAssessmentReference(a.id().toString(), a.version(), a.result().taxPayable(),
                        a.approvedAt() == null ? today : a.approvedAt().atZoneSameInstant(TAIPEI).toLocalDate()))
                // The template needs a date; the marker in the id says plainly that nothing was approved.
                .orElse(new TaxAssessmentReference(NOT_YET_APPROVED, 0, 0, today));
    }

    static String relationLabel(String relation) {
        return switch (relation) {
            case "SPOUSE" -> "配偶 Spouse";
            case "CHILD" -> "子女 Child";
            case "GRANDCHILD" -> "孫子女 Grandchild";
            case "PARENT" -> "父母 Parent";
            case "SIBLING" -> "兄弟姊妹 Sibling";
            case "GRANDPARENT" -> "祖父母 Grandparent";
            default -> relation;
        };
    }

    static String kindLabel(String kind) {
        return switch (kind) {
            case "LAND" -> "土地 Land";
            case "BUILDING" -> "建物 Building";
            case "VEHICLE" -> "車輛 Vehicle";
            case "DEPOSIT" -> "存款 Deposit";
            case "SECURITIES" -> "有價證券 Securities";
            case "FUND" -> "基金 Fund";
            case "INSURANCE" -> "保險 Insurance";
            case "FUTURES" -> "期貨 Futures";
            case "SAFE_DEPOSIT_BOX" -> "保管箱 Safe deposit box";
            default -> "其他 Other";
        };
    }

}
