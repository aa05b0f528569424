package tw.ourdata.estate.signing;

import java.nio.charset.StandardCharsets;

/** The bytes given as a PDF are not one (or are too damaged to read). */
public class NotAPdfException extends RuntimeException {
    public NotAPdfException(String message, Throwable cause) {
        super(message, cause);
    }

    /** ISO 32000-1 7.5.2: a PDF starts with {@code %PDF-}; checked before any parser sees the bytes. */
    public static byte[] requirePdf(byte[] bytes) {
        if (bytes == null || bytes.length < 8 || !new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new NotAPdfException("not a PDF (no %PDF- header)", null);
        }
        return bytes;
    }
}
