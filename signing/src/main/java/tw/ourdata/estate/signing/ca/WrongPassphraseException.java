package tw.ourdata.estate.signing.ca;

/** The CA key store exists but the passphrase does not open it (or the file was tampered with). */
public class WrongPassphraseException extends PlatformCaException {
    public WrongPassphraseException(String message, Throwable cause) {
        super(message, cause);
    }
}
