package vn.phananh.search.system;

import java.net.URI;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The stable {@code type} of every error the API answers with (RFC 9457). */
public final class Problems {

    private static final String BASE = "https://phananh.vn/problems/";

    public static final String NOT_FOUND = BASE + "not-found";
    public static final String INVALID_REQUEST = BASE + "invalid-request";
    public static final String MALFORMED_BODY = BASE + "malformed-body";
    public static final String UNAUTHORIZED = BASE + "unauthorized";
    public static final String FORBIDDEN = BASE + "forbidden";
    public static final String SEARCH_UNAVAILABLE = BASE + "search-unavailable";
    public static final String KAFKA_UNAVAILABLE = BASE + "kafka-unavailable";
    public static final String CONFLICT = BASE + "conflict";
    public static final String INTERNAL = BASE + "internal";

    public static ProblemDetail of(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(type));
        return problem;
    }

    /**
     * A problem response whose Content-Type is preset: it is written whatever the Accept header
     * asked for ({@code text/html}, {@code garbage}), instead of going out with an empty body.
     */
    public static ResponseEntity<ProblemDetail> response(HttpStatus status, String type, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(of(status, type, detail));
    }

    /** The type of an error known only by its status (raised by the framework or the container). */
    public static String typeOf(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 409 -> CONFLICT;
            default -> status >= 400 && status < 500 ? INVALID_REQUEST : INTERNAL;
        };
    }

    /**
     * A whole problem body for code that writes the response itself (the error page, the
     * container's error report). Only the status goes in: nothing of the request is echoed.
     */
    public static String json(int status, String detail) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return "{\"type\":\"" + typeOf(status) + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    /**
     * Whether Elasticsearch refused the request itself (a 4xx: a value it cannot use got through)
     * rather than being unavailable. A missing index (404), a timeout (408) and overload (429) are
     * unavailability; so are 5xx and connection failures, which are not ElasticsearchExceptions.
     */
    public static boolean refusedBySearch(ElasticsearchException ex) {
        int status = ex.status();
        return status >= 400 && status < 500 && status != 404 && status != 408 && status != 429;
    }

    private Problems() {
    }
}
