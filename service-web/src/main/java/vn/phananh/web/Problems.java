package vn.phananh.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Builds and writes problem details of the {@link ProblemType} vocabulary. Only the status, the
 * type and a detail the caller wrote go in: nothing of the request is ever echoed.
 */
public final class Problems {

    /** A problem body answered with the type's own status. */
    public static ProblemDetail of(ProblemType type, String detail) {
        return of(type.status().value(), type, detail);
    }

    /** A problem body with a status of its own (a 408 typed {@code invalid-request}, say). */
    public static ProblemDetail of(int status, ProblemType type, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        body.setType(type.type());
        body.setTitle(type.title());
        return body;
    }

    /**
     * A complete answer whose Content-Type is preset: it is written whatever the Accept header
     * asked for ({@code text/html}, {@code garbage}) instead of going out with an empty body.
     */
    public static ResponseEntity<ProblemDetail> response(ProblemType type, String detail) {
        return ResponseEntity.status(type.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(of(type, detail));
    }

    /** A complete answer with extension members (RFC 9457 section 3.2): counts, item results, a reason. */
    public static ResponseEntity<ProblemDetail> response(ProblemType type, String detail, Map<String, Object> members) {
        ProblemDetail body = of(type, detail);
        members.forEach(body::setProperty);
        return ResponseEntity.status(type.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /**
     * The whole problem as JSON text, for code below Spring MVC that writes the response itself
     * (security entry points, the error page, the container's error report).
     */
    public static String json(int status, ProblemType type, String detail) {
        return "{\"type\":\"" + type.type() + "\",\"title\":\"" + escape(type.title()) + "\",\"status\":" + status
                + ",\"detail\":\"" + escape(detail) + "\"}";
    }

    /** Writes the problem typed by {@code status} alone as the whole response. */
    public static void write(HttpServletResponse response, int status, String detail) throws IOException {
        write(response, status, ProblemType.forStatus(status), detail);
    }

    /** Writes the problem as the whole response, with {@code status}. */
    public static void write(HttpServletResponse response, int status, ProblemType type, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(status, type, detail));
    }

    /** The reason phrase of a status, or a neutral word for a status HTTP does not name. */
    public static String reason(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "The request was refused" : known.getReasonPhrase();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private Problems() {
    }
}
