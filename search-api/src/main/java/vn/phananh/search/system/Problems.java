package vn.phananh.search.system;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The stable {@code type} of every error the API answers with (RFC 9457). */
public final class Problems {

    private static final String BASE = "https://phananh.vn/problems/";

    public static final String NOT_FOUND = BASE + "not-found";
    public static final String INVALID_REQUEST = BASE + "invalid-request";
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

    private Problems() {
    }
}
