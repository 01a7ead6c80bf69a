package vn.phananh.ingest.zalo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import vn.phananh.avro.ChannelEvent;
import vn.phananh.avro.ChannelEventType;
import vn.phananh.avro.Channel;
import vn.phananh.ingest.account.ZaloAccount;
import vn.phananh.ingest.http.JsonFields;
import vn.phananh.ingest.publishing.Intake;
import vn.phananh.ingest.publishing.RawFeedbacks;
import vn.phananh.schema.RatingReplies;

/**
 * Turns one Zalo OA webhook event into an intake item. {@code user_send_*} and
 * {@code anonymous_send_*} are feedback (identified by {@code msg_id}); follow, unfollow, seen,
 * received and events we do not know are channel events; the OA's own messages are skipped.
 */
final class ZaloPayloadMapper {

    private static final Channel ZALO = Channel.ZALO;

    /** The OA the event concerns: {@code oa_id}, else the sender of OA-side events, else the recipient. */
    static String oaId(JsonNode root) {
        String oaId = JsonFields.text(root, "oa_id", ZALO);
        if (oaId != null) {
            return oaId;
        }
        String side = eventName(root).startsWith("oa_send_") ? "sender" : "recipient";
        return JsonFields.requiredText(JsonFields.object(root, side, ZALO), "id", ZALO);
    }

    /** The body's timestamp exactly as sent; it is part of the signature. */
    static String timestamp(JsonNode root) {
        return JsonFields.requiredText(root, "timestamp", ZALO);
    }

    static Intake map(JsonNode root, ZaloAccount account, Instant receivedAt) {
        String event = eventName(root);
        if (event.startsWith("user_send_") || event.startsWith("anonymous_send_")) {
            return feedback(root, event, account, receivedAt);
        }
        if (event.startsWith("oa_send_")) {
            return new Intake.Skipped("echo");
        }
        return channelEvent(root, event, account, receivedAt);
    }

    private static Intake feedback(JsonNode root, String event, ZaloAccount account, Instant receivedAt) {
        JsonNode message = JsonFields.object(root, "message", ZALO);
        String msgId = JsonFields.requiredText(message, "msg_id", ZALO);
        String senderId = JsonFields.text(JsonFields.object(root, "sender", ZALO), "id", ZALO);
        boolean anonymous = event.startsWith("anonymous_");
        var rating = "user_send_text".equals(event) ? RatingReplies.parse(JsonFields.text(message, "text", ZALO))
                : java.util.Optional.<RatingReplies.Reply>empty();
        if (rating.isPresent()) {
            // A tap on an answer's rating button: Zalo sends the button's payload as the user's text.
            return new Intake.Rated(rating.get(), ZALO, account.oaId(), account.unitCode(), msgId,
                    Instant.ofEpochMilli(JsonFields.number(root, "timestamp", ZALO)));
        }
        Map<String, String> attributes = new HashMap<>();
        putIfPresent(attributes, "userIdByApp", JsonFields.text(root, "user_id_by_app", ZALO));
        return new Intake.Feedback(RawFeedbacks.builder(ZALO, account.oaId(), account.unitCode(), msgId, receivedAt)
                .setThreadId(senderId)
                .setAuthor(RawFeedbacks.author(anonymous ? null : senderId, null, null, anonymous))
                .setText(orEmpty(JsonFields.text(message, "text", ZALO)))
                .setAttachments(JsonFields.objects(message, "attachments", ZALO).stream().map(ZaloAttachments::map).toList())
                .setOccurredAt(Instant.ofEpochMilli(JsonFields.number(root, "timestamp", ZALO)))
                .setSourceEvent(event)
                .setAttributes(attributes)
                .build(), false);
    }

    private static Intake channelEvent(JsonNode root, String event, ZaloAccount account, Instant receivedAt) {
        String userId = JsonFields.text(JsonFields.object(root, "follower", ZALO), "id", ZALO);
        if (userId == null) {
            userId = JsonFields.text(JsonFields.object(root, "sender", ZALO), "id", ZALO);
        }
        String timestamp = timestamp(root);
        String name = "ZALO\u001f" + account.oaId() + '\u001f' + event + '\u001f' + userId + '\u001f' + timestamp;
        return new Intake.Event(ChannelEvent.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString())
                .setUnitCode(account.unitCode())
                .setChannel(ZALO)
                .setSourceAccount(account.oaId())
                .setType(type(event))
                .setUserId(userId)
                .setOccurredAt(Instant.ofEpochMilli(JsonFields.number(root, "timestamp", ZALO)))
                .setReceivedAt(receivedAt)
                .setSourceEvent(event)
                .build());
    }

    private static ChannelEventType type(String event) {
        return switch (event) {
            case "follow" -> ChannelEventType.FOLLOW;
            case "unfollow" -> ChannelEventType.UNFOLLOW;
            case "user_seen_message" -> ChannelEventType.SEEN;
            case "user_received_message" -> ChannelEventType.RECEIVED;
            default -> ChannelEventType.OTHER;
        };
    }

    private static String eventName(JsonNode root) {
        return JsonFields.requiredString(root, "event_name", ZALO);
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private ZaloPayloadMapper() {
    }
}
