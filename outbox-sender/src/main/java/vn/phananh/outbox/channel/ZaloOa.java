package vn.phananh.outbox.channel;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import vn.phananh.schema.RatingReplies;

/**
 * The Zalo OA consultation message ("tin tư vấn"), the OA's answer to a user who wrote to it:
 * {@code POST /v3.0/oa/message/cs} with the OA access token in the {@code access_token} header and
 * {@code {"recipient":{"user_id": …},"message":{"text": …}}}. Zalo answers HTTP 200 with
 * {@code {"error": 0, "message": "Success", "data": {"message_id": …}}} or a negative {@code error}.
 * Codes as published by Zalo integrators (developers.zalo.me is not machine-readable): -32 the
 * request rate was exceeded (retried); -216 the access token is invalid (permanent); -213 the user
 * does not follow the OA and -230 the user has not interacted within the allowed time (not sent).
 */
public final class ZaloOa {

    private static final Set<Integer> NOT_REACHABLE = Set.of(-213, -230);
    private static final int RATE_LIMITED = -32;
    /** A consultation text is at most 2000 characters. */
    public static final int TEXT_MAX = 2000;

    private final Http http;
    private final URI base;

    public ZaloOa(Http http, URI base) {
        this.http = http;
        this.base = base;
    }

    /**
     * Sends the consultation text, with {@code buttons} as query buttons ({@code oa.query.hide}: a tap
     * sends the payload to the OA as the user's message, not shown in the chat) when there are any.
     */
    public SendResult message(String userId, String accessToken, String text, List<RatingReplies.Button> buttons)
            throws InterruptedException {
        URI uri = URI.create(base.toString().replaceAll("/+$", "") + "/v3.0/oa/message/cs");
        Map<String, Object> message = buttons.isEmpty() ? Map.of("text", text) : Map.of("text", text, "attachment",
                Map.of("type", "template", "payload", Map.of("buttons", buttons.stream()
                        .map(b -> Map.of("title", b.title(), "type", "oa.query.hide", "payload", b.payload())).toList())));
        Map<String, Object> body = Map.of("recipient", Map.of("user_id", userId), "message", message);
        Http.Answer answer = http.postJson(uri, Map.of("access_token", accessToken), body);
        if (answer.transportFailed()) {
            return new SendResult.Retriable("zalo: " + answer.ioError());
        }
        if (answer.status() / 100 != 2) {
            String what = "zalo: HTTP " + answer.status();
            return answer.status() >= 500 || answer.status() == 429 ? new SendResult.Retriable(what) : new SendResult.Permanent(what);
        }
        JsonNode reply = answer.body();
        int error = reply.path("error").asInt(Integer.MIN_VALUE);
        if (error == 0) {
            JsonNode id = reply.path("data").path("message_id");
            return new SendResult.Sent(id.isString() ? id.asString() : null);
        }
        String what = "zalo error " + error + ": " + reply.path("message").asString("");
        if (error == RATE_LIMITED) {
            return new SendResult.Retriable(what);
        }
        if (NOT_REACHABLE.contains(error)) {
            return new SendResult.NotSent(what);
        }
        return new SendResult.Permanent(what);
    }
}
