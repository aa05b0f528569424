package tw.ourdata.estate.signing.ca;

/** A heir's public key that the platform will not certify (wrong algorithm, curve or size). */
public class UnsupportedHeirKeyException extends PlatformCaException {
    public UnsupportedHeirKeyException(String message) {
        super(message);
    }
}
