package tw.ourdata.estate.cases;

/** Where a case stands, in the words the portal and the officers use. */
public enum CaseStatus {
    /** The notice is in and the settlement process runs. */
    OPEN,
    /** Every asset has been transferred; the audit trail is sealed. */
    CLOSED
}
