package tw.ourdata.estate.templates;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything printed on a partition agreement (遺產分割協議書).
 *
 * @param documentId    id printed on every page; see {@link DocumentIds} for the allowed characters
 * @param decedent      the deceased
 * @param heirs         the heirs who are parties; each gets one signature field, in this order
 * @param proxy         the proxy who drafted the partition plan
 * @param assets        every asset with its allocation
 * @param taxAssessment the approved tax assessment
 * @param draftedOn     date the agreement was drafted
 */
public record PartitionAgreementModel(String documentId, Decedent decedent, List<Heir> heirs, Proxy proxy,
                                      List<Asset> assets, TaxAssessmentReference taxAssessment,
                                      LocalDate draftedOn) {
    public PartitionAgreementModel {
        DocumentIds.require(documentId);
        Objects.requireNonNull(decedent, "decedent");
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(taxAssessment, "taxAssessment");
        Objects.requireNonNull(draftedOn, "draftedOn");
        heirs = List.copyOf(heirs);
        assets = List.copyOf(assets);
        if (heirs.isEmpty()) {
            throw new IllegalArgumentException("a partition agreement needs at least one heir");
        }
        // Two heirs sharing a field name would make one sign the other's box.
        Set<String> fieldNames = new HashSet<>();
        Set<String> heirNames = new HashSet<>();
        for (Heir heir : heirs) {
            if (!fieldNames.add(heir.signatureFieldName())) {
                throw new IllegalArgumentException("duplicate signature field name: " + heir.signatureFieldName());
            }
            heirNames.add(heir.name());
        }
        // An asset allocated to someone who is not a party would be a partition nobody can sign for.
        for (Asset asset : assets) {
            for (Allocation allocation : asset.allocations()) {
                if (!heirNames.contains(allocation.heirName())) {
                    throw new IllegalArgumentException("asset " + asset.identifier() + " is allocated to "
                            + allocation.heirName() + ", who is not an heir of this agreement");
                }
            }
        }
    }
}
