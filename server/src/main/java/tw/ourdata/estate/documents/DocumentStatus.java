package tw.ourdata.estate.documents;

/** Where a document stands. The bytes of each state are in its revisions; the status says what they mean. */
public enum DocumentStatus {
    /** Rendered, nobody has signed yet. */
    DRAFT,
    /** At least one heir has signed, others have not. */
    SIGNING,
    /** Every heir has signed (and the platform added validation data and the archive timestamp). */
    SIGNED,
    /** Replaced by a later version, e.g. after a heir refused to sign: its signatures count for nothing. */
    VOID,
    /** Issued and sealed by the platform; final. */
    ISSUED
}
