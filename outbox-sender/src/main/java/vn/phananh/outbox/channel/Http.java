package vn.phananh.outbox.channel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One JSON POST with a bounded wait; an I/O failure or timeout is a retriable result, never an exception. */
public final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client;
    private final Duration timeout;

    public Http(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    /** The status and the parsed body (a missing node when it is not JSON), or null after an I/O failure. */
    Answer postJson(URI uri, Map<String, String> headers, Object body) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), parse(response.body()), null);
        }
        catch (IOException ex) {
            return new Answer(-1, tools.jackson.databind.node.MissingNode.getInstance(), ex.getClass().getSimpleName());
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? tools.jackson.databind.node.MissingNode.getInstance() : JSON.readTree(body);
        }
        catch (RuntimeException ex) {
            return tools.jackson.databind.node.MissingNode.getInstance();
        }
    }

    /** A platform's answer; {@code ioError} is set (and status -1) when none came. */
    record Answer(int status, JsonNode body, String ioError) {

        boolean transportFailed() {
            return ioError != null;
        }
    }
}
