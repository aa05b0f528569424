package tw.ourdata.estate.signing.trust;

/** The outcome of validating a signer's certificate chain at a given time (RFC 5280 section 6). */
public enum ChainStatus {
    VALID,
    UNTRUSTED_CHAIN,
    CERTIFICATE_EXPIRED,
    CERTIFICATE_NOT_YET_VALID,
    CERTIFICATE_REVOKED
}
