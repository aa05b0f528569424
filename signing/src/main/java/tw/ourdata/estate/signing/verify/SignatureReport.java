package tw.ourdata.estate.signing.verify;

import java.time.Instant;
import java.util.List;

import tw.ourdata.estate.signing.trust.ChainStatus;

/**
 * One heir's (or the platform seal's) signature as the verifier found it.
 *
 * @param fieldName          the signature field
 * @param signerName         the certificate's CN
 * @param maskedNationalId   the certificate's SERIALNUMBER, masked ({@code A12****789}); never in clear
 * @param claimedSigningTime the signer's claimed time (/M), not proof of anything
 * @param timestampTime      the RFC 3161 signature timestamp's time, or null without one (PAdES B-B)
 * @param chainStatus        the certificate chain against the trust anchors, at the timestamp (or claimed) time
 * @param chainDetail        why, in words
 * @param revision           the revision this signature covers, 1-based
 * @param totalRevisions     the number of revisions in the file
 * @param intact             the CMS verifies and the signed bytes are exactly that revision (ByteRange shape)
 * @param changesAfter       changes in later revisions other than signatures, validation data and timestamps,
 *                           each naming its revision and what changed; empty means none
 * @param verdict            this signature's verdict
 */
public record SignatureReport(String fieldName, String signerName, String maskedNationalId,
        Instant claimedSigningTime, Instant timestampTime, ChainStatus chainStatus, String chainDetail, int revision,
        int totalRevisions, boolean intact, List<String> changesAfter, Verdict verdict) {
    public SignatureReport {
        changesAfter = List.copyOf(changesAfter);
    }
}
