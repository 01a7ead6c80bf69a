package vn.phananh.load.channel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The integration API: {@code POST /api/v1/messages} (one message, {@code 202}) and
 * {@code POST /api/v1/messages/batch} (up to 500, {@code 200} with one result per message), with
 * {@code X-Api-Key}. {@code messageId} makes a resend idempotent.
 */
public final class ApiClient {

    static final String PATH = "/api/v1/messages";
    static final String BATCH_PATH = "/api/v1/messages/batch";

    private final JsonHttp http;

    public ApiClient(JsonHttp http) {
        this.http = http;
    }

    /** One message; {@code unitCode} may be null when the key is bound to one unit. */
    public record ApiMessage(String messageId, String unitCode, String text, String authorName, Instant occurredAt) {
    }

    public Delivery send(ApiKey key, ApiMessage message) {
        HttpAnswer answer = http.post(PATH, Map.of("X-Api-Key", key.key()), Json.bytes(node(message)));
        if (!answer.ok()) {
            return Delivery.refused("API", answer.status(), null, answer.title(), answer.detail());
        }
        return item(answer.status(), answer.body());
    }

    /** Every message of the batch, in order; a refused request makes every message refused. */
    public List<Delivery> sendBatch(ApiKey key, List<ApiMessage> messages) {
        ObjectNode root = Json.object();
        ArrayNode list = root.putArray("messages");
        messages.forEach(m -> list.add(node(m)));
        HttpAnswer answer = http.post(BATCH_PATH, Map.of("X-Api-Key", key.key()), Json.bytes(root));
        List<Delivery> deliveries = new ArrayList<>(messages.size());
        JsonNode results = answer.ok() && answer.body() != null ? answer.body().path("results") : null;
        for (int i = 0; i < messages.size(); i++) {
            if (results == null || results.get(i) == null) {
                deliveries.add(Delivery.refused("API", answer.status(), null, answer.title(), answer.detail()));
            }
            else {
                deliveries.add(item(answer.status(), results.get(i)));
            }
        }
        return deliveries;
    }

    /** A result {@code {"index","messageId","status","feedbackId","reason","detail"}}. */
    private static Delivery item(int status, JsonNode result) {
        String outcome = Json.text(result, "status");
        String reason = Json.text(result, "reason");
        return new Delivery("API", status, Json.text(result, "feedbackId"), outcome,
                reason == null ? null : "Rejected: " + reason, Json.text(result, "detail"));
    }

    static ObjectNode node(ApiMessage m) {
        ObjectNode node = Json.object().put("messageId", m.messageId());
        if (m.unitCode() != null) {
            node.put("unitCode", m.unitCode());
        }
        node.put("text", m.text());
        if (m.authorName() != null) {
            node.putObject("author").put("name", m.authorName());
        }
        if (m.occurredAt() != null) {
            node.put("occurredAt", m.occurredAt().toString());
        }
        return node;
    }
}
