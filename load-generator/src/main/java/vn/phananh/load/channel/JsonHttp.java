package vn.phananh.load.channel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A small JSON-over-HTTP helper on the JDK client: POST exact bytes or GET, with a bounded
 * timeout, answers parsed as JSON. A {@code 503} with {@code Retry-After} (the ingest service's
 * answer while Kafka is unreachable) is retried as a channel would, up to {@code retries} times.
 */
public final class JsonHttp {

    private static final Duration MAX_RETRY_WAIT = Duration.ofSeconds(5);

    private final HttpClient client;
    private final URI base;
    private final Duration timeout;
    private final int retries;

    public JsonHttp(HttpClient client, URI base, Duration timeout, int retries) {
        this.client = client;
        this.base = base;
        this.timeout = timeout;
        this.retries = retries;
    }

    public static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public URI base() {
        return base;
    }

    public HttpAnswer post(String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json");
        return send(request.build());
    }

    public HttpAnswer get(String pathAndQuery, Map<String, String> headers) {
        return send(request(pathAndQuery, headers).GET().build());
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Accept", "application/json, application/problem+json");
        headers.forEach(request::header);
        return request;
    }

    private HttpAnswer send(HttpRequest request) {
        for (int attempt = 0;; attempt++) {
            HttpResponse<byte[]> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            }
            catch (IOException ex) {
                return new HttpAnswer(0, null, ex.getClass().getSimpleName()
                        + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return new HttpAnswer(0, null, "interrupted");
            }
            Optional<Duration> retryAfter = retryAfter(response);
            if (response.statusCode() == 503 && attempt < retries && retryAfter.isPresent()) {
                pause(retryAfter.get());
                continue;
            }
            return new HttpAnswer(response.statusCode(), parse(response.body()), null);
        }
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                Duration wait = Duration.ofSeconds(Long.parseLong(value.trim()));
                return Optional.of(wait.compareTo(MAX_RETRY_WAIT) > 0 ? MAX_RETRY_WAIT : wait);
            }
            catch (NumberFormatException ex) {
                return Optional.of(MAX_RETRY_WAIT);
            }
        });
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return Json.read(body);
        }
        catch (JacksonException ex) {
            return null;
        }
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
