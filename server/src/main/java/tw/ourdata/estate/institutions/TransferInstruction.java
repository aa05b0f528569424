package tw.ourdata.estate.institutions;

import java.util.List;

/**
 * What an institution receives to transfer the decedent's assets it holds (DESIGN.md step 7),
 * posted to the same endpoint as its asset queries; {@code type} tells the two apart.
 *
 * <p>Both documents are downloaded with the institution's own API key from
 * {@code downloadUrl} ({@code GET /api/v1/transfers/{transferId}/documents/{documentId}});
 * {@code sha256} is the hash of the bytes the institution will get. The confirmation goes to
 * {@code callbackUrl} ({@code POST /api/v1/transfers/{transferId}/confirmation}).
 *
 * @param type                 always {@value #TYPE}; an asset query has no type
 * @param registrationNumber   the death registration number the case is known by
 * @param partitionAgreement   the partition agreement every heir signed (遺產分割協議書)
 * @param taxCertificate       the tax clearance certificate (遺產稅繳清證明書) or, with no tax due,
 *                             the exemption certificate (遺產稅免稅證明書)
 * @param assets               the assets this institution reported, each with who receives which fraction
 */
public record TransferInstruction(String type, String transferId, String registrationNumber, Decedent decedent,
                                  String dateOfDeath, Document partitionAgreement, Document taxCertificate, List<Asset> assets,
                                  String callbackUrl) {

    public static final String TYPE = "ASSET_TRANSFER";

    public record Decedent(String nationalId, String name, String birthDate) {
    }

    /** @param type PARTITION_AGREEMENT, TAX_CLEARANCE or EXEMPTION_CERTIFICATE */
    public record Document(String documentId, String type, int version, String sha256, String downloadUrl) {
    }

    /**
     * @param assetId     the platform's id of the asset, named again in the confirmation
     * @param share       the decedent's ownership fraction the institution reported, e.g. "1/2"
     * @param allocations who receives the asset: each heir with the fraction of the decedent's share
     *                    (empty where the signed agreement alone says it)
     */
    public record Asset(String assetId, String kind, String description, String identifier, String share,
                        List<Allocation> allocations) {
    }

    public record Allocation(String heirId, String name, String nationalId, String fraction) {
    }
}
