package tw.ourdata.estate.institutions;

/** Where an asset query stands, as the case view shows it. */
public enum AssetQueryStatus {
    /** Registered; the institution has not accepted it yet (delivery is being retried). */
    PENDING,
    /** The institution accepted the query and owes an answer. */
    SENT,
    /** The institution answered; what it reported is in the inventory. */
    ANSWERED,
    /** A tax officer has a task: the institution refused the query or stayed silent past its service level. */
    ESCALATED,
    /** A tax officer closed the query without an answer; a late answer is refused. */
    CLOSED_WITHOUT_ANSWER;

    /** Nothing more will happen to the query. */
    public boolean settled() {
        return this == ANSWERED || this == CLOSED_WITHOUT_ANSWER;
    }
}
