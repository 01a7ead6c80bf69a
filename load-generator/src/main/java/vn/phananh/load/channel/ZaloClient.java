package vn.phananh.load.channel;

import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

import vn.phananh.avro.Channel;
import vn.phananh.schema.FeedbackIds;

/**
 * Sends what Zalo sends to {@code POST /webhooks/zalo}: a {@code user_send_text} event signed with
 * {@code X-ZEvent-Signature: mac=} (plain SHA-256 of app id, body, the body's timestamp and the
 * OA secret key). The feedback id is computed the way the service computes it.
 */
public final class ZaloClient {

    static final String PATH = "/webhooks/zalo";

    private final JsonHttp http;
    private final String appId;

    public ZaloClient(JsonHttp http, Channels channels) {
        this.http = http;
        this.appId = channels.zaloAppId();
    }

    /** A text a follower sent to the OA; {@code timestamp} is when they sent it. */
    public record ZaloText(String msgId, String senderId, String userIdByApp, String text, Instant timestamp) {
    }

    public Delivery text(UnitAccounts unit, ZaloText message) {
        String timestamp = Long.toString(message.timestamp().toEpochMilli());
        byte[] body = body(appId, unit.zaloOaId(), message);
        String mac = Signatures.zalo(appId, body, timestamp, unit.zaloSecretKey());
        HttpAnswer answer = http.post(PATH, Map.of("X-ZEvent-Signature", mac), body);
        return WebhookSummaries.delivery("ZALO", answer, FeedbackIds.of(Channel.ZALO, unit.zaloOaId(), message.msgId()));
    }

    /** The event as Zalo writes it; {@code timestamp} is milliseconds, as a string. */
    static byte[] body(String appId, String oaId, ZaloText m) {
        ObjectNode root = Json.object().put("app_id", appId);
        root.putObject("sender").put("id", m.senderId());
        root.put("user_id_by_app", m.userIdByApp());
        root.putObject("recipient").put("id", oaId);
        root.put("event_name", "user_send_text");
        root.putObject("message").put("text", m.text()).put("msg_id", m.msgId());
        root.put("timestamp", Long.toString(m.timestamp().toEpochMilli()));
        return Json.bytes(root);
    }
}
