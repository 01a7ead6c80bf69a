package vn.phananh.ingest.http;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds the RFC 9457 bodies of this service's errors. */
public final class Problems {

    public static ProblemDetail of(Problem problem, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), detail);
        body.setType(problem.type());
        body.setTitle(problem.title());
        return body;
    }

    /** A problem raised by the framework or the container, typed by its status alone. */
    public static ProblemDetail framework(int status, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        body.setType(Problem.typeOf(status));
        return body;
    }

    /** A complete error response, with extra members (counts, item results) when given. */
    public static ResponseEntity<ProblemDetail> response(Problem problem, String detail, Map<String, Object> members) {
        ProblemDetail body = of(problem, detail);
        members.forEach(body::setProperty);
        return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** The only value of a header; null when absent; a header sent twice is refused. */
    public static String singleHeader(jakarta.servlet.http.HttpServletRequest request, String name,
            vn.phananh.avro.Channel channel) {
        var values = request.getHeaders(name);
        if (values == null || !values.hasMoreElements()) {
            return null;
        }
        String value = values.nextElement();
        if (values.hasMoreElements()) {
            throw new IngestException(Problem.INVALID_HEADER, channel, "Header " + name + " must appear once");
        }
        return value;
    }

    /** Header telling the sender when to retry. */
    public static HttpHeaders retryAfter(long seconds) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return headers;
    }

    private Problems() {
    }
}
