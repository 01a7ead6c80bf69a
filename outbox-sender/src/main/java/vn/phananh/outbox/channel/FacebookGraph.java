package vn.phananh.outbox.channel;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import vn.phananh.schema.RatingReplies;

/**
 * The two Graph API calls that answer a citizen on Facebook, each with the page token and its
 * {@code appsecret_proof} as query parameters and a JSON body:
 * <ul>
 * <li>a reply to their comment (or visitor post): {@code POST /{version}/{comment-id}/comments}
 * {@code {"message": …}}, answered {@code {"id": …}} (Graph API, Comments reference);</li>
 * <li>a Messenger message: {@code POST /{version}/me/messages}
 * {@code {"recipient":{"id": PSID},"messaging_type":"RESPONSE","message":{"text": …}}}, answered
 * {@code {"recipient_id": …, "message_id": …}} (Messenger Platform, Send API reference).</li>
 * </ul>
 * Errors are {@code {"error":{"message","type","code","error_subcode","fbtrace_id"}}}: codes 4, 17,
 * 32 and 613 are rate limits and 1, 2 passing faults (retried); code 10 with subcode 2018278 and
 * code 551 mean the person cannot be messaged now (not sent); anything else, such as 190 (invalid
 * token), is permanent (Graph API "Handling Errors", Messenger Platform "Error Codes").
 */
public final class FacebookGraph {

    private static final Set<Integer> RATE_LIMITED = Set.of(4, 17, 32, 613);
    private static final Set<Integer> TRANSIENT = Set.of(1, 2);
    private static final int OUTSIDE_WINDOW_SUBCODE = 2018278;
    /** Messenger text is at most 2000 characters. */
    public static final int MESSENGER_MAX = 2000;
    /** A comment is at most 8000 characters. */
    public static final int COMMENT_MAX = 8000;

    private final Http http;
    private final URI base;
    private final String version;
    private final String appSecret;

    public FacebookGraph(Http http, URI base, String version, String appSecret) {
        this.http = http;
        this.base = base;
        this.version = version;
        this.appSecret = appSecret;
    }

    /** Replies under the comment or post {@code objectId} as the page. */
    public SendResult replyToComment(String objectId, String pageToken, String text) throws InterruptedException {
        Http.Answer answer = http.postJson(uri("/" + encode(objectId) + "/comments", pageToken), Map.of(),
                Map.of("message", text));
        return result(answer, "id");
    }

    /**
     * Sends a Messenger message in answer to the person's message ({@code messaging_type: RESPONSE}),
     * with {@code buttons} as text quick replies (Send API, Quick Replies reference) when there are any.
     */
    public SendResult message(String psid, String pageToken, String text, List<RatingReplies.Button> buttons)
            throws InterruptedException {
        Map<String, Object> message = buttons.isEmpty() ? Map.of("text", text) : Map.of("text", text, "quick_replies",
                buttons.stream().map(b -> Map.of("content_type", "text", "title", b.title(), "payload", b.payload()))
                        .toList());
        Map<String, Object> body = Map.of("recipient", Map.of("id", psid), "messaging_type", "RESPONSE",
                "message", message);
        return result(http.postJson(uri("/me/messages", pageToken), Map.of(), body), "message_id");
    }

    private URI uri(String path, String pageToken) {
        String root = base.toString().replaceAll("/+$", "");
        return URI.create(root + "/" + version + path + "?access_token=" + encode(pageToken) + "&appsecret_proof="
                + AppSecretProof.of(pageToken, appSecret));
    }

    private static SendResult result(Http.Answer answer, String idField) {
        if (answer.transportFailed()) {
            return new SendResult.Retriable("graph: " + answer.ioError());
        }
        // Graph's error is an object; a 2xx without one is a success whatever else the body holds.
        JsonNode error = answer.body().path("error");
        if (answer.status() / 100 == 2 && !error.isObject()) {
            JsonNode id = answer.body().path(idField);
            return new SendResult.Sent(id.isString() ? id.asString() : null);
        }
        if (!error.isObject()) {
            String what = "graph: HTTP " + answer.status();
            return answer.status() >= 500 || answer.status() == 429 ? new SendResult.Retriable(what) : new SendResult.Permanent(what);
        }
        int code = error.path("code").asInt(-1);
        int subcode = error.path("error_subcode").asInt(-1);
        String what = "graph error " + code + (subcode > 0 ? "/" + subcode : "") + ": " + error.path("message").asString("");
        if (RATE_LIMITED.contains(code) || TRANSIENT.contains(code) || answer.status() >= 500) {
            return new SendResult.Retriable(what);
        }
        if (code == 10 && subcode == OUTSIDE_WINDOW_SUBCODE || code == 551) {
            return new SendResult.NotSent(what);
        }
        return new SendResult.Permanent(what);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
