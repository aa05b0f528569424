package tw.ourdata.estate.signing.pades;

/** A heir's signature was refused before anything was embedded in the partition agreement. */
public class SignatureRejectedException extends RuntimeException {
    private final RejectionReason reason;

    public SignatureRejectedException(RejectionReason reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}
