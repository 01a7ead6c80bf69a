package vn.phananh.search.open311;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.phananh.open311.GeoReportFormat;
import vn.phananh.open311.GeoReportResponses;

/**
 * Errors of the Open311 endpoints in the specification's error list, in the format of the path,
 * instead of the problem details the rest of the API answers; never a stack trace.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311ExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(Open311ExceptionHandler.class);

    @ExceptionHandler({ java.io.IOException.class, java.io.UncheckedIOException.class, ElasticsearchException.class,
        TransportException.class })
    ResponseEntity<byte[]> searchUnavailable(Exception ex, HttpServletRequest request) {
        log.warn("Open311 request failed on Elasticsearch: {}", ex.getClass().getSimpleName());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "5");
        return GeoReportResponses.error(GeoReportFormat.ofPath(request.getRequestURI()), HttpStatus.SERVICE_UNAVAILABLE,
                headers, "The service requests are not available; try again shortly.");
    }

    /** "400 - General service error": whatever else went wrong, named by its kind in the log only. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> general(Exception ex, HttpServletRequest request) {
        log.warn("Open311 request refused: {}", ex.getClass().getSimpleName());
        return GeoReportResponses.error(GeoReportFormat.ofPath(request.getRequestURI()), HttpStatus.BAD_REQUEST,
                "General service error: the request could not be processed.");
    }
}
