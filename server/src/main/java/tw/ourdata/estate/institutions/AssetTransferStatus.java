package tw.ourdata.estate.institutions;

/** Where a transfer instruction stands, as the case view shows it. */
public enum AssetTransferStatus {
    /** Registered; the institution has not accepted the instruction yet (delivery is being retried). */
    PENDING,
    /** The institution accepted the instruction and owes its confirmation. */
    SENT,
    /** The institution confirmed that it transferred the assets to the heirs. */
    CONFIRMED,
    /** A tax officer has a task: the institution refused or rejected the instruction, or stayed silent past its service level. */
    ESCALATED,
    /** A tax officer closed the transfer without a confirmation; a late confirmation is refused. */
    CLOSED_WITHOUT_CONFIRMATION;

    /** Nothing more will happen to the transfer. */
    public boolean settled() {
        return this == CONFIRMED || this == CLOSED_WITHOUT_CONFIRMATION;
    }
}
