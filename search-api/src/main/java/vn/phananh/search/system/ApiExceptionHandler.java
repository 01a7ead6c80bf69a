package vn.phananh.search.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.kafka.KafkaException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.phananh.web.ProblemType;
import vn.phananh.web.Problems;

/**
 * Every error as a problem detail with a stable type; never a stack trace, and never request
 * content or framework internals in the detail. Each answer presets its Content-Type, so it is
 * written whatever the Accept header asked for.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
        return Problems.response(ProblemType.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalid(IllegalArgumentException ex) {
        return Problems.response(ProblemType.INVALID_REQUEST, ex.getMessage());
    }

    /** Tomcat cannot decode the query string (%FF, %C0%80) when a parameter is first read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameters(InvalidParameterException ex) {
        log.debug("Refused a request whose parameters cannot be decoded");
        return Problems.response(ProblemType.INVALID_REQUEST,
                "The query string is not valid percent-encoded UTF-8");
    }

    /** The security firewall refuses a parameter or header value (control characters) when it is read. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejectedValue(RequestRejectedException ex) {
        log.debug("Refused a request: a header or parameter holds characters that are not allowed");
        return Problems.response(ProblemType.INVALID_REQUEST,
                "A header or parameter holds characters that are not allowed");
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ProblemDetail> conflict(IllegalStateException ex) {
        return Problems.response(ProblemType.CONFLICT, ex.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
        return Problems.response(ProblemType.FORBIDDEN, "Your role does not allow this.");
    }

    /**
     * Elasticsearch answered: a 4xx means it refused what it was asked (a value that got past the
     * checks), which is the caller's request, not an outage; its reason is logged, never answered.
     */
    @ExceptionHandler(ElasticsearchException.class)
    ResponseEntity<ProblemDetail> searchFailed(ElasticsearchException ex) {
        if (ElasticsearchErrors.refusedTheRequest(ex)) {
            log.info("Elasticsearch refused a search ({} {})", ex.status(), ex.error() == null ? "" : ex.error().type());
            return Problems.response(ProblemType.INVALID_REQUEST,
                    "The search cannot be run with these parameters.");
        }
        return searchUnavailable(ex);
    }

    @ExceptionHandler({ IOException.class, UncheckedIOException.class, TransportException.class })
    ResponseEntity<ProblemDetail> searchUnavailable(Exception ex) {
        log.warn("Elasticsearch request failed: {}", ex.toString());
        return Problems.response(ProblemType.SEARCH_UNAVAILABLE,
                "The search index is not available; try again shortly.");
    }

    @ExceptionHandler({ KafkaException.class, ExecutionException.class, TimeoutException.class })
    ResponseEntity<ProblemDetail> kafkaUnavailable(Exception ex) {
        log.warn("Publishing a status change failed: {}", ex.toString());
        return Problems.response(ProblemType.KAFKA_UNAVAILABLE,
                "The action could not be recorded; try again shortly.");
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> internal(RuntimeException ex) {
        log.error("Unexpected error", ex);
        return Problems.response(ProblemType.INTERNAL_ERROR, "Unexpected error.");
    }

    /** A parameter of the wrong type: named, with what it must be; its value is not repeated. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                invalidValue(ex.getPropertyName(), ex.getRequiredType()));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** A filter object or body that does not bind or validate: each field and what it must be. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = ex.getBindingResult().getFieldErrors().stream().map(ApiExceptionHandler::describe).distinct()
                .collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                detail.isEmpty() ? "The request is not valid" : detail);
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** A body that is not UTF-8, not JSON, or not of the expected shape; what the parser said stays in the logs. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                ex.getCause() instanceof CharacterCodingException ? "The body is not valid UTF-8"
                        : "The body is not JSON of the expected shape");
        problem.setType(ProblemType.MALFORMED_BODY.type());
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** Spring's own errors (validation, bad parameters, 404 routes) get our stable types too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            if (!ProblemType.MALFORMED_BODY.type().equals(problem.getType())) {
                problem.setType(ProblemType.forStatus(status.value()).type());
            }
            // Preset, so a 406 or 415 answered to "Accept: text/html" still carries its problem.
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return response;
    }

    static String invalidValue(String parameter, Class<?> type) {
        String name = parameter == null || parameter.isBlank() ? "A parameter" : parameter;
        if (type == Instant.class) {
            return TimeBounds.rule(name);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return name + " must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return name + " must be true or false";
        }
        return name + " has an invalid value";
    }

    private static String describe(FieldError error) {
        if (error.contains(TypeMismatchException.class)) {
            return invalidValue(error.getField(), error.unwrap(TypeMismatchException.class).getRequiredType());
        }
        if (error.contains(ConstraintViolation.class)) {
            return error.getField() + ": " + error.getDefaultMessage();
        }
        return error.getField() + " has an invalid value";
    }
}
