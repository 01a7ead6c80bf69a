package vn.phananh.search.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.KafkaException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error as a problem detail with a stable type; never a stack trace. */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        return Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException ex) {
        return Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, ex.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException ex) {
        return Problems.of(HttpStatus.CONFLICT, Problems.CONFLICT, ex.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException ex) {
        return Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Your role does not allow this.");
    }

    @ExceptionHandler({ IOException.class, UncheckedIOException.class, TransportException.class,
            ElasticsearchException.class })
    ProblemDetail searchUnavailable(Exception ex) {
        log.warn("Elasticsearch request failed: {}", ex.toString());
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.SEARCH_UNAVAILABLE,
                "The search index is not available; try again shortly.");
    }

    @ExceptionHandler({ KafkaException.class, ExecutionException.class, TimeoutException.class })
    ProblemDetail kafkaUnavailable(Exception ex) {
        log.warn("Publishing a status change failed: {}", ex.toString());
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.KAFKA_UNAVAILABLE,
                "The action could not be recorded; try again shortly.");
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail internal(RuntimeException ex) {
        log.error("Unexpected error", ex);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL, "Unexpected error.");
    }

    /** Spring's own errors (validation, bad parameters, 404 routes) get our stable types too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            problem.setType(java.net.URI.create(status.value() == 404 ? Problems.NOT_FOUND
                    : status.is4xxClientError() ? Problems.INVALID_REQUEST : Problems.INTERNAL));
        }
        return response;
    }
}
