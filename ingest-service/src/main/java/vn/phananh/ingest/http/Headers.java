package vn.phananh.ingest.http;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

import vn.phananh.avro.Channel;
import vn.phananh.web.ProblemType;

/** The request headers a channel depends on, and the ones the service answers with. */
public final class Headers {

    /** The only value of a header; null when absent; a header sent twice is refused. */
    public static String single(HttpServletRequest request, String name, Channel channel) {
        var values = request.getHeaders(name);
        if (values == null || !values.hasMoreElements()) {
            return null;
        }
        String value = values.nextElement();
        if (values.hasMoreElements()) {
            throw new IngestException(ProblemType.INVALID_HEADER, channel, "Header " + name + " must appear once");
        }
        return value;
    }

    /** Header telling the sender when to retry. */
    public static HttpHeaders retryAfter(long seconds) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return headers;
    }

    private Headers() {
    }
}
