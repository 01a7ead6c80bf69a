package vn.phananh.load.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import vn.phananh.load.channel.HttpAnswer;
import vn.phananh.load.channel.Identity;
import vn.phananh.load.channel.Json;
import vn.phananh.load.channel.JsonHttp;

/**
 * The search API as staff and supervisors use it: search pages with filters and cursors, the
 * staff actions on one feedback, and the alert list. Every call signs in with HTTP Basic.
 */
public final class SearchClient {

    /** The largest page the search API serves. */
    public static final int MAX_PAGE = 100;

    private final JsonHttp http;

    public SearchClient(JsonHttp http) {
        this.http = http;
    }

    /** A signed-in user of the search API. */
    /** A development user, signed in at the realm (the token is kept until shortly before it expires). */
    public record Login(String user, String password, Identity identity) {

        String header() {
            return identity.user(user, password);
        }

        @Override
        public String toString() {
            return "Login[" + user + "]";
        }
    }

    /** The fields of a feedback the load generator looks at. */
    public record Item(String feedbackId, String unitCode, String status, String topic, String kind, boolean spam,
            boolean urgent, boolean overdue, Instant receivedAt, Instant deadline, Instant answeredAt) {

        static Item of(JsonNode n) {
            return new Item(Json.text(n, "feedbackId"), Json.text(n, "unitCode"), Json.text(n, "status"),
                    Json.text(n, "topic"), Json.text(n, "kind"), n.path("spam").asBoolean(false),
                    n.path("urgent").asBoolean(false), n.path("overdue").asBoolean(false), instant(n, "receivedAt"),
                    instant(n, "deadline"), instant(n, "answeredAt"));
        }

        private static Instant instant(JsonNode n, String field) {
            String value = Json.text(n, field);
            return value == null ? null : Instant.parse(value);
        }
    }

    /** One page of a search: the exact total of the whole result, its items, the next page's cursor. */
    public record Page(long total, List<Item> items, String nextCursor) {
    }

    /** An alert as the alert list shows it. */
    public record Alert(String alertId, String type, String unitCode, String topic, Long count, Instant windowStart) {
    }

    /** A refusal or failure of the search API, with its problem title. */
    public static final class SearchFailed extends RuntimeException {

        private final int status;

        SearchFailed(HttpAnswer answer) {
            super(answer.status() + " " + answer.title() + (answer.detail() == null ? "" : ": " + answer.detail()));
            this.status = answer.status();
        }

        public int status() {
            return status;
        }
    }

    /** One page; {@code filter} holds query parameters such as {@code status}, {@code from}, {@code sort}. */
    public Page search(Login login, Map<String, String> filter) {
        HttpAnswer answer = http.get("/api/v1/feedback?" + query(filter), Map.of("Authorization", login.header()));
        if (!answer.ok() || answer.body() == null) {
            throw new SearchFailed(answer);
        }
        JsonNode body = answer.body();
        List<Item> items = new ArrayList<>();
        body.path("items").values().forEach(n -> items.add(Item.of(n)));
        return new Page(body.path("total").asLong(0), items, Json.text(body, "nextCursor"));
    }

    /** The exact number of feedback matching {@code filter}. */
    public long total(Login login, Map<String, String> filter) {
        Map<String, String> one = new LinkedHashMap<>(filter);
        one.put("size", "1");
        return search(login, one).total();
    }

    /** Every feedback matching {@code filter}, page by page along the cursor (newest first unless sorted). */
    public List<Item> all(Login login, Map<String, String> filter) {
        List<Item> items = new ArrayList<>();
        Map<String, String> query = new LinkedHashMap<>(filter);
        query.putIfAbsent("sort", "newest");
        query.put("size", Integer.toString(MAX_PAGE));
        while (true) {
            Page page = search(login, query);
            items.addAll(page.items());
            if (page.nextCursor() == null || page.items().isEmpty()) {
                return items;
            }
            query.put("cursor", page.nextCursor());
        }
    }

    /** One feedback by id; empty when it is not (yet) searchable for this user. */
    public Optional<Item> get(Login login, String feedbackId) {
        HttpAnswer answer = http.get("/api/v1/feedback/" + encode(feedbackId), Map.of("Authorization", login.header()));
        if (answer.status() == 404) {
            return Optional.empty();
        }
        if (!answer.ok() || answer.body() == null) {
            throw new SearchFailed(answer);
        }
        return Optional.of(Item.of(answer.body()));
    }

    /**
     * A staff action ({@code acknowledge}, {@code assign}, {@code answer}, {@code close},
     * {@code spam}); {@code 202} once it is in Kafka.
     */
    public HttpAnswer act(Login login, String feedbackId, String action, ObjectNode body) {
        String path = "/api/v1/feedback/" + encode(feedbackId) + "/" + action;
        return http.post(path, Map.of("Authorization", login.header()), Json.bytes(body == null ? Json.object() : body));
    }

    public List<Alert> alerts(Login login, String type) {
        HttpAnswer answer = http.get("/api/v1/alerts?size=50&type=" + encode(type), Map.of("Authorization", login.header()));
        if (!answer.ok() || answer.body() == null) {
            throw new SearchFailed(answer);
        }
        List<Alert> alerts = new ArrayList<>();
        answer.body().values().forEach(n -> alerts.add(new Alert(Json.text(n, "alertId"), Json.text(n, "type"),
                Json.text(n, "unitCode"), Json.text(n, "topic"), n.path("count").isNumber() ? n.path("count").asLong() : null,
                Json.text(n, "windowStart") == null ? null : Instant.parse(Json.text(n, "windowStart")))));
        return alerts;
    }

    static String query(Map<String, String> filter) {
        return filter.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
