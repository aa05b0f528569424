package tw.ourdata.estate.signatures;

import java.util.List;

import org.springframework.http.HttpStatus;

import tw.ourdata.estate.common.ApiException;

/**
 * A signing request the server refuses on purpose, with a stable {@code reason} code a portal can act on
 * (e.g. {@code SIGNER_MISMATCH}, {@code STALE_REVISION}, {@code SESSION_EXPIRED}) beside the plain message.
 */
class SigningRefused extends ApiException {

    private final String reason;

    SigningRefused(HttpStatus status, String reason, String detail) {
        super(status, detail, List.of());
        this.reason = reason;
    }

    String reason() {
        return reason;
    }

    static SigningRefused unprocessable(String reason, String detail) {
        return new SigningRefused(HttpStatus.UNPROCESSABLE_ENTITY, reason, detail);
    }

    static SigningRefused conflict(String reason, String detail) {
        return new SigningRefused(HttpStatus.CONFLICT, reason, detail);
    }

    static SigningRefused gone(String reason, String detail) {
        return new SigningRefused(HttpStatus.GONE, reason, detail);
    }
}
