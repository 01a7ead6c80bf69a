package vn.phananh.ingest.http;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.phananh.ingest.publishing.IngestMetrics;
import vn.phananh.ingest.system.IngestProperties;
import vn.phananh.web.ProblemType;
import vn.phananh.web.Problems;

/**
 * Answers every error as an RFC 9457 problem with a stable {@code type}, counts refusals per
 * channel and reason, and never lets a stack trace or request content reach the response or logs.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final IngestMetrics metrics;
    private final long retryAfterSeconds;

    ProblemHandler(IngestMetrics metrics, IngestProperties properties) {
        this.metrics = metrics;
        this.retryAfterSeconds = Math.max(1, properties.publishing().retryAfter().toSeconds());
    }

    @ExceptionHandler(IngestException.class)
    ResponseEntity<ProblemDetail> refused(IngestException ex) {
        ProblemType problem = ex.problem();
        if (ex.channel() != null) {
            metrics.rejected(ex.channel(), problem.slug());
        }
        log.debug("Refused a {} request: {}", ex.channel(), problem.slug());
        HttpHeaders headers = problem == ProblemType.KAFKA_UNAVAILABLE ? Headers.retryAfter(retryAfterSeconds) : new HttpHeaders();
        return ResponseEntity.status(problem.status()).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(problem, ex.getMessage()));
    }

    /** The security firewall refuses a header or parameter value (control or non-ASCII characters) when it is read. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejectedValue(RequestRejectedException ex) {
        log.debug("Refused a request: a header or parameter holds characters that are not allowed");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(ProblemType.INVALID_REQUEST, "A header or parameter holds characters that are not allowed"));
    }

    /** Tomcat refuses a query string it cannot decode ({@code %zz}) when a parameter is first read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameters(InvalidParameterException ex) {
        log.debug("Refused a request: its parameters cannot be decoded");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(ProblemType.INVALID_REQUEST, "The query string cannot be decoded"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        // The message may quote request content: log the type and where it came from only.
        StackTraceElement top = ex.getStackTrace().length > 0 ? ex.getStackTrace()[0] : null;
        log.error("Unexpected {} at {}", ex.getClass().getName(), top);
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(ProblemType.INTERNAL_ERROR, "The request could not be processed"));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            problem.setType(ProblemType.forStatus(statusCode.value()).type());
            problem.setInstance(null);
            // A preset type is written whatever the Accept header asked for: without it a 406 or a
            // 415 answered to "Accept: text/html" would go out with an empty body.
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return response;
    }
}
