package vn.phananh.processor.retention;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The search index's side: documents of a unit received before its cutoff that are not anonymised
 * yet. The index is written only by the search API's indexer, from {@code feedback.enriched.v1}
 * (its external version is the feedback's revision), so a retention run reads it and waits for the
 * anonymised revisions to arrive there rather than updating documents itself.
 */
final class IndexCounts {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String index;

    IndexCounts(String baseUrl, String index) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.index = index;
    }

    /** Documents of the unit received before {@code cutoff} still holding personal data. */
    long count(String unit, Instant cutoff) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.set("query", query(unit, cutoff));
        return post("/_count", body).path("count").asLong();
    }

    /** Up to {@code n} of their ids, for the operator to look at (ids only, never their content). */
    List<String> sampleIds(String unit, Instant cutoff, int n) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.set("query", query(unit, cutoff));
        body.put("size", n).put("_source", false);
        body.putArray("sort").addObject().put("receivedAt", "asc");
        List<String> ids = new ArrayList<>();
        for (JsonNode hit : post("/_search", body).path("hits").path("hits")) {
            ids.add(hit.path("_id").asString());
        }
        return ids;
    }

    private static JsonNode query(String unit, Instant cutoff) {
        ObjectNode bool = JSON.createObjectNode();
        bool.putArray("filter")
                .add(JSON.createObjectNode().set("term", JSON.createObjectNode().put("unitCode", unit)))
                .add(JSON.createObjectNode().set("range", JSON.createObjectNode()
                        .set("receivedAt", JSON.createObjectNode().put("lt", cutoff.toEpochMilli()))));
        bool.putArray("must_not")
                .add(JSON.createObjectNode().set("exists", JSON.createObjectNode().put("field", "anonymisedAt")));
        return JSON.createObjectNode().set("bool", bool);
    }

    private JsonNode post(String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/" + index + path))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Elasticsearch answered " + response.statusCode() + " to " + path + " on " + index);
        }
        return JSON.readTree(response.body());
    }
}
