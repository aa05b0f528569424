package tw.ourdata.estate.signing.pades;

import java.time.Instant;
import java.util.List;

/**
 * Phase one of a deferred signature, as plain values the server can persist between the heir's
 * "prepare" and "complete" requests.
 *
 * @param fieldName          the pre-existing signature field being signed
 * @param preparedPdf        the document with the incremental update holding the signature dictionary and the
 *                           zero-filled /Contents placeholder
 * @param dataToSign         the DER-encoded CMS signed attributes (RFC 5652 5.4): the exact bytes the heir signs;
 *                           WebCrypto hashes its input itself, so it gets these bytes, not their digest
 * @param dataToSignSha256   SHA-256 of {@code dataToSign}, for clients that sign a digest (tokens, HSMs)
 * @param baseRevisionSha256 SHA-256 of the document as it was before this signature ("base revision")
 * @param signerCertificate  DER of the heir's certificate named in the signing-certificate-v2 attribute
 * @param certificateChain   DER of the chain embedded in the CMS, signer first
 * @param signingTime        claimed signing time, written to the signature dictionary's /M
 */
public record PreparedSignature(String fieldName, byte[] preparedPdf, byte[] dataToSign, byte[] dataToSignSha256,
        byte[] baseRevisionSha256, byte[] signerCertificate, List<byte[]> certificateChain, Instant signingTime) {
    public PreparedSignature {
        certificateChain = List.copyOf(certificateChain);
    }
}
