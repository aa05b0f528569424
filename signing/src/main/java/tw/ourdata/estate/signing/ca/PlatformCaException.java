package tw.ourdata.estate.signing.ca;

/** The platform CA could not be created, loaded or used. */
public class PlatformCaException extends RuntimeException {
    public PlatformCaException(String message, Throwable cause) {
        super(message, cause);
    }

    public PlatformCaException(String message) {
        super(message);
    }
}
