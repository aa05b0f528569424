package tw.ourdata.estate.common;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * An answer the API gives on purpose (not a crash), with the status a client can act on.
 * Features throw the named subclasses; {@link ApiExceptionHandler} turns them into RFC 9457
 * problem documents.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final transient List<FieldProblem> problems;

    protected ApiException(HttpStatus status, String detail, List<FieldProblem> problems) {
        super(detail);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    /** For 429: how long the caller should wait, in seconds. */
    private long retryAfterSeconds;

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** 422: the request was understood but its content is wrong; every problem is listed. */
    public static ApiException invalid(List<FieldProblem> problems) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "The request has " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "; see errors.", problems);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, detail, List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, detail, List.of());
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, detail, List.of());
    }

    public static ApiException tooManyRequests(long retryAfterSeconds) {
        ApiException e = new ApiException(HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests; try again in " + retryAfterSeconds + " s.", List.of());
        e.retryAfterSeconds = retryAfterSeconds;
        return e;
    }

    public static ApiException tooLarge(String detail) {
        return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, detail, List.of());
    }
}
