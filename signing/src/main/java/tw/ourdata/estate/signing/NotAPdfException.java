package tw.ourdata.estate.signing;

/** The bytes given as a PDF are not one (or are too damaged to read). */
public class NotAPdfException extends RuntimeException {
    public NotAPdfException(String message, Throwable cause) {
        super(message, cause);
    }
}
