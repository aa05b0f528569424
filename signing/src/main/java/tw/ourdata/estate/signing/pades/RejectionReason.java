package tw.ourdata.estate.signing.pades;

/** Why a heir's signature was not embedded; stable codes the server maps to API errors. */
public enum RejectionReason {
    /** The signature does not verify over the prepared signed attributes with the certificate's key. */
    SIGNATURE_INVALID,
    CERTIFICATE_EXPIRED,
    CERTIFICATE_NOT_YET_VALID,
    CERTIFICATE_REVOKED,
    /** The certificate does not chain to the platform root or a configured extra anchor. */
    UNTRUSTED_CHAIN,
    /** The certificate's SERIALNUMBER is not the national ID expected for this signature field. */
    SIGNER_MISMATCH,
    /** The prepared signature belongs to another document or an older version of this one. */
    WRONG_DOCUMENT,
    /** The field does not exist, is not a signature field, or is already signed. */
    FIELD_UNAVAILABLE,
    /** The bytes are neither P1363, DER ECDSA, an RSA signature nor a CMS SignedData. */
    MALFORMED_SIGNATURE
}
