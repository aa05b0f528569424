package tw.ourdata.estate.signing.verify;

/**
 * Overall outcome, after ETSI EN 319 102-1's TOTAL-PASSED / TOTAL-FAILED / INDETERMINATE, plus the case
 * of a document nobody signed yet.
 */
public enum Verdict {
    VALID,
    /** A signature is broken, the document was changed after a signature, or a certificate was revoked,
     *  expired or not yet valid at a time a timestamp proves. */
    INVALID,
    /** Nothing is broken, but trust cannot be established (unknown chain, no proof of time). */
    INDETERMINATE,
    NOT_SIGNED
}
