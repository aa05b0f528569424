package tw.ourdata.estate.institutions;

/**
 * What one delivery to an institution came to — an asset query or a transfer instruction alike: the send
 * delegates turn it into process variables or the BPMN error that escalates a refusal.
 */
sealed interface SendOutcome {
    /** The institution accepted the message; this was delivery number {@code sendCount}. */
    record Sent(int sendCount) implements SendOutcome {
    }

    /** The institution's answer or confirmation arrived (or an officer closed it) before this delivery. */
    record AlreadySettled() implements SendOutcome {
    }

    /** The institution refused the message (4xx): an officer must look at it. */
    record Refused(String reason) implements SendOutcome {
    }
}
