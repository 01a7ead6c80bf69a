package vn.phananh.outbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.phananh.outbox.channel.AppSecretProof;

/**
 * The Graph API, the Zalo OA API and an integration's callback as documented, on a local port.
 * Every request is checked exactly (method, path, query parameters, token, {@code appsecret_proof},
 * content type, the JSON body's fields and nothing more); a request that is not as documented is
 * answered as the platform would (Graph 400 error 100, Zalo error -201) and kept in
 * {@link #violations()}. Answers follow the documentation, including the errors a test scripts:
 * rate limits (Graph 4, 32, 613; Zalo -32), an expired window (Graph 10/2018278; Zalo -230) and
 * invalid tokens (Graph 190; Zalo -216).
 * <ul>
 * <li>{@code POST /{version}/{object-id}/comments?access_token=…&appsecret_proof=…} {@code {"message"}} → {@code {"id"}}</li>
 * <li>{@code POST /{version}/me/messages?access_token=…&appsecret_proof=…}
 * {@code {"recipient":{"id"},"messaging_type":"RESPONSE","message":{"text","quick_replies"?}}} → {@code {"recipient_id","message_id"}}</li>
 * <li>{@code POST /v3.0/oa/message/cs}, header {@code access_token},
 * {@code {"recipient":{"user_id"},"message":{"text","attachment"?}}} (attachment: a button template) → {@code {"data":{"message_id","user_id"},"error":0,"message":"Success"}}</li>
 * <li>{@code POST /callback/{name}} any JSON → 200, or the status scripted</li>
 * </ul>
 */
public final class FakePlatforms implements AutoCloseable {

    public static final String VERSION = "v21.0";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request as received. */
    public record Request(String method, String path, Map<String, String> query, Map<String, String> headers, JsonNode body) {
    }

    /** A scripted answer: HTTP status and body. */
    public record Answer(int status, String body) {
    }

    private final HttpServer server;
    private final String appSecret;
    private final Set<String> pageTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> oaTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> closedConversations = ConcurrentHashMap.newKeySet();
    private final Set<String> zaloUsersOutOfWindow = ConcurrentHashMap.newKeySet();
    private final Map<String, Deque<Answer>> scripted = new ConcurrentHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger ids = new AtomicInteger();

    public FakePlatforms(String appSecret) throws IOException {
        this.appSecret = appSecret;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public FakePlatforms pageToken(String token) {
        pageTokens.add(token);
        return this;
    }

    public FakePlatforms oaToken(String token) {
        oaTokens.add(token);
        return this;
    }

    /** Meta considers the PSID's standard messaging window closed. */
    public void closeConversation(String psid) {
        closedConversations.add(psid);
    }

    /** Zalo considers the user has not interacted with the OA recently. */
    public void zaloUserOutOfWindow(String userId) {
        zaloUsersOutOfWindow.add(userId);
    }

    /** The next answers of a route ({@code comments}, {@code messages}, {@code zalo}, {@code callback}), before normal ones. */
    public void script(String route, Answer... answers) {
        scripted.computeIfAbsent(route, r -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    public static Answer graphError(int status, int code, Integer subcode, String message) {
        String sub = subcode == null ? "" : ",\"error_subcode\":" + subcode;
        return new Answer(status, "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code + sub
                + ",\"fbtrace_id\":\"AbCdEfGh123\"}}");
    }

    public static Answer zaloError(int code, String message) {
        return new Answer(200, "{\"error\":" + code + ",\"message\":\"" + message + "\"}");
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<Request> requests(String pathPart) {
        return requests().stream().filter(r -> r.path().contains(pathPart)).toList();
    }

    public List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    public void reset() {
        requests.clear();
        violations.clear();
        scripted.clear();
        closedConversations.clear();
        zaloUsersOutOfWindow.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = read(exchange);
            requests.add(request);
            Answer answer = answer(request);
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private Answer answer(Request r) {
        if (!"POST".equals(r.method())) {
            return violation("method " + r.method(), graphError(400, 100, null, "Unsupported request"));
        }
        if (!String.valueOf(r.headers().get("content-type")).startsWith("application/json")) {
            return violation("content type " + r.headers().get("content-type"), graphError(400, 100, null, "Unsupported content type"));
        }
        if (r.body() == null || !r.body().isObject()) {
            return violation("body is not a JSON object", graphError(400, 100, null, "Invalid JSON"));
        }
        if (r.path().startsWith("/" + VERSION + "/me/messages")) {
            return graph(r, "messages");
        }
        if (r.path().startsWith("/" + VERSION + "/") && r.path().endsWith("/comments")) {
            return graph(r, "comments");
        }
        if (r.path().equals("/v3.0/oa/message/cs")) {
            return zalo(r);
        }
        if (r.path().startsWith("/callback/")) {
            Answer next = next("callback");
            return next != null ? next : new Answer(200, "{\"received\":true}");
        }
        return violation("unknown path " + r.path(), new Answer(404, "{\"error\":{\"message\":\"Unknown path\",\"code\":803}}"));
    }

    private Answer graph(Request r, String route) {
        String token = r.query().get("access_token");
        String proof = r.query().get("appsecret_proof");
        if (!r.query().keySet().equals(Set.of("access_token", "appsecret_proof"))) {
            return violation("query parameters " + r.query().keySet(), graphError(400, 100, null, "Invalid parameter"));
        }
        if (token == null || !pageTokens.contains(token)) {
            return graphError(400, 190, null, "Invalid OAuth access token - Cannot parse access token");
        }
        if (!AppSecretProof.of(token, appSecret).equals(proof)) {
            return violation("appsecret_proof", graphError(400, 100, null, "Invalid appsecret_proof provided in the API argument"));
        }
        JsonNode body = r.body();
        if ("comments".equals(route)) {
            if (!fields(body).equals(Set.of("message")) || !body.path("message").isString()
                    || body.path("message").asString().isBlank() || body.path("message").asString().length() > 8000) {
                return violation("comment body " + body, graphError(400, 100, null, "Invalid parameter"));
            }
        }
        else {
            if (!fields(body).equals(Set.of("recipient", "messaging_type", "message"))
                    || !fields(body.path("recipient")).equals(Set.of("id"))
                    || !Set.of("text", "quick_replies").containsAll(fields(body.path("message")))
                    || body.path("message").has("quick_replies") && !quickReplies(body.path("message").path("quick_replies"))
                    || !"RESPONSE".equals(body.path("messaging_type").asString(""))
                    || body.path("message").path("text").asString("").isBlank()
                    || body.path("message").path("text").asString("").length() > 2000) {
                return violation("message body " + body, graphError(400, 100, null, "Invalid parameter"));
            }
        }
        Answer next = next(route);
        if (next != null) {
            return next;
        }
        if ("comments".equals(route)) {
            String object = r.path().substring(VERSION.length() + 2, r.path().length() - "/comments".length());
            return new Answer(200, "{\"id\":\"" + object + "_" + (9000 + ids.incrementAndGet()) + "\"}");
        }
        String psid = body.path("recipient").path("id").asString();
        if (closedConversations.contains(psid)) {
            return graphError(400, 10, 2018278, "(#10) This message is sent outside of allowed window.");
        }
        return new Answer(200, "{\"recipient_id\":\"" + psid + "\",\"message_id\":\"m_fake" + ids.incrementAndGet() + "\"}");
    }

    private Answer zalo(Request r) {
        if (!r.query().isEmpty()) {
            return violation("query parameters " + r.query().keySet(), zaloError(-201, "Parameter is invalid"));
        }
        String token = r.headers().get("access_token");
        if (token == null || !oaTokens.contains(token)) {
            return zaloError(-216, "Access token is invalid");
        }
        JsonNode body = r.body();
        if (!fields(body).equals(Set.of("recipient", "message")) || !fields(body.path("recipient")).equals(Set.of("user_id"))
                || !Set.of("text", "attachment").containsAll(fields(body.path("message")))
                || body.path("message").has("attachment") && !zaloButtons(body.path("message").path("attachment"))
                || body.path("message").path("text").asString("").isBlank()
                || body.path("message").path("text").asString("").length() > 2000) {
            return violation("zalo body " + body, zaloError(-201, "Parameter is invalid"));
        }
        Answer next = next("zalo");
        if (next != null) {
            return next;
        }
        String user = body.path("recipient").path("user_id").asString();
        if (zaloUsersOutOfWindow.contains(user)) {
            return zaloError(-230, "User has not interacted with the OA in the allowed time");
        }
        return new Answer(200, "{\"data\":{\"message_id\":\"zmsg" + ids.incrementAndGet() + "\",\"user_id\":\"" + user
                + "\"},\"error\":0,\"message\":\"Success\"}");
    }

    /** Send API quick replies: 1 to 13 objects, text ones with a title of at most 20 and a payload of at most 1000 characters. */
    private static boolean quickReplies(JsonNode replies) {
        if (!replies.isArray() || replies.isEmpty() || replies.size() > 13) {
            return false;
        }
        for (JsonNode q : replies) {
            if (!fields(q).equals(Set.of("content_type", "title", "payload")) || !"text".equals(q.path("content_type").asString(""))
                    || !bounded(q.path("title"), 20) || !bounded(q.path("payload"), 1000)) {
                return false;
            }
        }
        return true;
    }

    /** A consultation message's button template: {"type":"template","payload":{"buttons":[{title, type, payload}]}}. */
    private static boolean zaloButtons(JsonNode attachment) {
        JsonNode buttons = attachment.path("payload").path("buttons");
        if (!fields(attachment).equals(Set.of("type", "payload")) || !"template".equals(attachment.path("type").asString(""))
                || !fields(attachment.path("payload")).equals(Set.of("buttons")) || !buttons.isArray() || buttons.isEmpty()
                || buttons.size() > 5) {
            return false;
        }
        for (JsonNode b : buttons) {
            if (!fields(b).equals(Set.of("title", "type", "payload")) || !bounded(b.path("title"), 100)
                    || !Set.of("oa.query.show", "oa.query.hide").contains(b.path("type").asString(""))
                    || !bounded(b.path("payload"), 1000)) {
                return false;
            }
        }
        return true;
    }

    private static boolean bounded(JsonNode text, int max) {
        return text.isString() && !text.asString().isBlank() && text.asString().length() <= max;
    }

    private Answer next(String route) {
        Deque<Answer> queue = scripted.get(route);
        return queue == null ? null : queue.poll();
    }

    private Answer violation(String what, Answer answer) {
        violations.add(what);
        return answer;
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new HashSet<>();
        if (node != null && node.isObject()) {
            node.propertyNames().forEach(names::add);
        }
        return names;
    }

    private static Request read(HttpExchange exchange) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                query.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.getFirst()));
        JsonNode body;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readAllBytes();
            body = bytes.length == 0 ? null : JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        }
        catch (RuntimeException ex) {
            body = null;
        }
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), query, headers, body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
