package tw.ourdata.estate.common;

/**
 * One thing wrong with one field of a request, as the 422 answers list them:
 * {@code { "field": "heirs[1].birthDate", "message": "..." }}.
 *
 * <p>Plain Java so that domain validators can speak it without knowing the web layer.
 */
public record FieldProblem(String field, String message) {
}
