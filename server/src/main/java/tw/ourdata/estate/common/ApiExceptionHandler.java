package tw.ourdata.estate.common;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON APIs is a problem document ({@code application/problem+json}); a 422
 * carries {@code errors: [{field, message}]}. A body the server cannot read is the client's
 * mistake (400, or 413 when it is too large), never a 500.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        if (!e.problems().isEmpty()) {
            body.setProperty("errors", e.problems());
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        return response.body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyLimitFilter.BodyTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage()));
            }
        }
        // Well-formed JSON with a value of the wrong kind (an unknown enum constant, text for a
        // number) is a field error the caller can fix, like any other: 422 naming the field.
        if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            FieldProblem problem = new FieldProblem(path(mismatch), wrongValueMessage(mismatch));
            ApiException invalid = ApiException.invalid(List.of(problem));
            ProblemDetail body = ProblemDetail.forStatusAndDetail(invalid.status(), invalid.getMessage());
            body.setProperty("errors", invalid.problems());
            return ResponseEntity.unprocessableEntity().body(body);
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not valid JSON of the expected shape.");
        return ResponseEntity.badRequest().body(body);
    }

    /** Jackson's path as the field names of our 422s: {@code heirs[0].relation}. */
    private static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String wrongValueMessage(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (target != null && (Number.class.isAssignableFrom(target) || target == long.class || target == int.class)) {
            return "must be a whole number";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "must be true or false";
        }
        if (target == java.time.LocalDate.class) {
            return "must be a date as YYYY-MM-DD";
        }
        if (target == java.time.OffsetDateTime.class) {
            return "must be a date and time with its offset, ISO 8601, e.g. 2026-03-15T10:30:00+08:00";
        }
        return "has the wrong type";
    }
}
