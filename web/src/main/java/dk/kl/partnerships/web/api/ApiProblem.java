package dk.kl.partnerships.web.api;

import java.util.List;

/**
 * An error answer from the platform's API ({@code application/problem+json}): its status, the
 * stable problem type (the last segment of the type URI, e.g. {@code invalid-request}), the business
 * rule or state where given, and the fields at fault. The web client turns it into Danish messages
 * at the fields ({@code FormErrors}) or an error page ({@code ErrorPages}).
 */
public class ApiProblem extends RuntimeException {

    /** A refused field, named by its JSON path in the request ({@code eans[0]}, {@code answers.x}). */
    public record FieldError(String field, String message) {}

    private final int status;
    private final String type;
    private final String rule;
    private final String currentState;
    private final List<FieldError> fieldErrors;

    public ApiProblem(
            int status, String type, String detail, String rule, String currentState, List<FieldError> fieldErrors) {
        super(status + " " + type + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.type = type;
        this.rule = rule;
        this.currentState = currentState;
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    /** What the web client itself finds missing, answered as the API answers a missing resource. */
    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "not-found", detail, null, null, List.of());
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    /** The business rule that refused the request (422), e.g. {@code participant-limit-reached}. */
    public String rule() {
        return rule;
    }

    /** The state that made the request impossible (409). */
    public String currentState() {
        return currentState;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    /** The request itself was at fault (400, 409, 422): the person can correct it. */
    public boolean isCorrectable() {
        return status == 400 || status == 409 || status == 422;
    }
}
