package vn.phananh.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain JSON over HTTP to the Elasticsearch node, straight past the pipeline. Given several nodes'
 * addresses (comma-separated), a request that cannot reach one goes to the next.
 */
public final class ElasticsearchHttp {

    public static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final java.util.List<String> urls;

    public ElasticsearchHttp(String urls) {
        this.urls = java.util.List.of(urls.split(","));
    }

    public JsonNode call(String method, String path, String contentType, String body) {
        IllegalStateException failed = null;
        for (String url : urls) {
            try {
                return call(url, method, path, contentType, body);
            }
            catch (IllegalStateException ex) {
                if (!(ex.getCause() instanceof IOException)) {
                    throw ex;
                }
                failed = ex;
            }
        }
        throw failed;
    }

    private JsonNode call(String url, String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofMinutes(2));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(500, response.body().length())));
            }
            return JSON.readTree(response.body());
        }
        catch (IOException ex) {
            throw new IllegalStateException(method + " " + path + " failed: " + ex.getMessage(), ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", ex);
        }
    }

    public JsonNode json(String method, String path, String body) {
        return call(method, path, "application/json", body);
    }

    /** Every hit of a search over {@code index}, page by page with a scroll. */
    public java.util.List<JsonNode> scroll(String index, String search) {
        java.util.List<JsonNode> hits = new java.util.ArrayList<>();
        JsonNode page = json("POST", "/" + index + "/_search?scroll=2m", search);
        while (page.path("hits").path("hits").size() > 0) {
            page.path("hits").path("hits").forEach(hits::add);
            page = json("POST", "/_search/scroll", "{\"scroll\":\"2m\",\"scroll_id\":\"" + page.path("_scroll_id").asString()
                    + "\"}");
        }
        return hits;
    }
}
