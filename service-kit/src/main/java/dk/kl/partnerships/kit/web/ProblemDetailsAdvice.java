package dk.kl.partnerships.kit.web;

import dk.kl.partnerships.kit.error.ConflictException;
import dk.kl.partnerships.kit.error.FieldPath;
import dk.kl.partnerships.kit.error.InvalidFieldException;
import dk.kl.partnerships.kit.error.InvalidFieldException.FieldProblem;
import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.error.RuleViolationException;
import dk.kl.partnerships.security.ProblemJson;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error as RFC 9457 {@code application/problem+json}: a stable {@code type}, a human
 * {@code title} and {@code detail}, and for invalid input the list of fields at fault. Nothing
 * internal (stack traces, class names, queries) ever reaches the client.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        return problem(e, HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), Map.of(), request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e, WebRequest request) {
        return problem(
                e,
                HttpStatus.CONFLICT,
                "conflict",
                "Not possible in the current state",
                e.getMessage(),
                Map.of("currentState", e.currentState()),
                request);
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Object> ruleViolation(RuleViolationException e, WebRequest request) {
        return problem(
                e,
                HttpStatus.UNPROCESSABLE_CONTENT,
                e.rule(),
                "Refused by a business rule",
                e.getMessage(),
                Map.of("rule", e.rule()),
                request);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidFields(InvalidFieldException e, WebRequest request) {
        return invalid(e, e.problems(), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e, WebRequest request) {
        List<FieldProblem> problems = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return invalid(e, problems, request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentChange(OptimisticLockingFailureException e, WebRequest request) {
        return problem(
                e,
                HttpStatus.CONFLICT,
                "concurrent-change",
                "Changed by someone else",
                "The resource was changed by another request at the same time; read it again and retry.",
                Map.of(),
                request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException e, WebRequest request) {
        return problem(
                e,
                HttpStatus.CONFLICT,
                "duplicate",
                "Already exists",
                "A resource with the same identity already exists.",
                Map.of(),
                request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, WebRequest request) {
        String message = causedBy(e, ApiDates.OutOfRangeParameter.class)
                ? ApiDates.RULE
                : "has an invalid value: " + e.getValue();
        return invalid(e, List.of(new FieldProblem(e.getName(), message)), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException e, WebRequest request) {
        return problem(
                e,
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Not allowed",
                "Your role does not allow this request.",
                Map.of(),
                request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        log.error("Unexpected error handling {}", request.getDescription(false), e);
        return problem(
                e,
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "The request could not be completed; it has been logged.",
                Map.of(),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            problems.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> problems.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return invalid(e, problems, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getParameterValidationResults()
                .forEach(result -> result.getResolvableErrors()
                        .forEach(error -> problems.add(new FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return invalid(e, problems, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            // Requests name exactly what a client may set: no ownership, status or amounts by the back door.
            return invalid(
                    e, List.of(new FieldProblem(FieldPath.of(unknown), "is not a field of this request")), request);
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return invalid(e, List.of(new FieldProblem(FieldPath.of(databind), reason(databind))), request);
        }
        String detail = cause instanceof JacksonException
                ? "The request body is not valid JSON."
                : "The request body is missing or unreadable.";
        return problem(
                e, HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body", detail, Map.of(), request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null
                && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null
                        || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(URI.create(ProblemJson.TYPE_BASE + "http-" + status.value()));
        }
        return response;
    }

    private ResponseEntity<Object> invalid(Exception e, List<FieldProblem> problems, WebRequest request) {
        String fields = String.join(
                ", ", problems.stream().map(FieldProblem::field).distinct().toList());
        return problem(
                e,
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                "Invalid request",
                "Invalid field" + (problems.size() == 1 ? "" : "s") + ": " + fields,
                Map.of("errors", problems),
                request);
    }

    private ResponseEntity<Object> problem(
            Exception e,
            HttpStatus status,
            String type,
            String title,
            String detail,
            Map<String, Object> properties,
            WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(ProblemJson.TYPE_BASE + type));
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        if (status.is4xxClientError()) {
            log.debug("{} {}: {}", status.value(), request.getDescription(false), detail);
        }
        return handleExceptionInternal(e, problem, new HttpHeaders(), status, request);
    }

    private static String reason(DatabindException e) {
        if (e instanceof ApiDates.OutOfRange) {
            return ApiDates.RULE;
        }
        String message = e.getOriginalMessage();
        if (message != null && message.contains("problem: ")) {
            return message.substring(message.indexOf("problem: ") + "problem: ".length());
        }
        return "has an invalid value";
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
