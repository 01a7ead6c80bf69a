package vn.phananh.ingest.facebook;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import vn.phananh.avro.Attachment;
import vn.phananh.avro.AttachmentType;
import vn.phananh.avro.Channel;
import vn.phananh.ingest.http.JsonFields;
import vn.phananh.ingest.publishing.Intake;
import vn.phananh.ingest.publishing.RawFeedbacks;
import vn.phananh.schema.RatingReplies;

/**
 * Maps a Messenger {@code messaging} event. Only messages a person sent to the page are
 * feedback: echoes of the page's own messages and other events (delivery, read, postback) are
 * tolerated and skipped, and a tap on an answer's rating quick reply is the citizen's rating. The conversation is the sender's page-scoped id; times are milliseconds.
 */
final class MessengerMessages {

    private static final Channel FB = Channel.FACEBOOK;

    static Intake map(FacebookPayloadMapper.Page page, JsonNode event) {
        JsonNode message = JsonFields.object(event, "message", FB);
        if (!message.isObject()) {
            return new Intake.Skipped("unsupported-event");
        }
        if (JsonFields.flag(message, "is_echo")) {
            return new Intake.Skipped("echo");
        }
        String senderId = JsonFields.text(JsonFields.object(event, "sender", FB), "id", FB);
        if (page.id().equals(senderId)) {
            return new Intake.Skipped("page-own-activity");
        }
        String mid = JsonFields.requiredText(message, "mid", FB);
        Long timestamp = JsonFields.number(event, "timestamp", FB);
        String quickReply = JsonFields.text(JsonFields.object(message, "quick_reply", FB), "payload", FB);
        var rating = RatingReplies.parse(quickReply);
        if (rating.isPresent()) {
            return new Intake.Rated(rating.get(), FB, page.id(), page.unitCode(), mid,
                    timestamp == null ? page.receivedAt() : Instant.ofEpochMilli(timestamp));
        }
        Map<String, String> attributes = new HashMap<>();
        FeedChanges.putIfPresent(attributes, "quickReply", quickReply);
        return new Intake.Feedback(RawFeedbacks.builder(FB, page.id(), page.unitCode(), mid, page.receivedAt())
                .setThreadId(senderId)
                .setParentId(JsonFields.text(JsonFields.object(message, "reply_to", FB), "mid", FB))
                .setAuthor(RawFeedbacks.author(senderId, null, null, false))
                .setText(orEmpty(JsonFields.text(message, "text", FB)))
                .setAttachments(JsonFields.objects(message, "attachments", FB).stream().map(MessengerMessages::attachment).toList())
                .setOccurredAt(timestamp == null ? null : Instant.ofEpochMilli(timestamp))
                .setSourceEvent("messages")
                .setAttributes(attributes)
                .build(), false);
    }

    private static Attachment attachment(JsonNode node) {
        JsonNode payload = JsonFields.object(node, "payload", FB);
        JsonNode coordinates = JsonFields.object(payload, "coordinates", FB);
        return Attachment.newBuilder()
                .setType(type(JsonFields.text(node, "type", FB)))
                .setUrl(JsonFields.text(payload, "url", FB))
                .setName(JsonFields.text(payload, "title", FB))
                .setLatitude(JsonFields.decimal(coordinates, "lat", FB))
                .setLongitude(JsonFields.decimal(coordinates, "long", FB))
                .build();
    }

    private static AttachmentType type(String type) {
        return switch (type == null ? "" : type) {
            case "image" -> AttachmentType.IMAGE;
            case "video", "reel", "ig_reel" -> AttachmentType.VIDEO;
            case "audio" -> AttachmentType.AUDIO;
            case "file" -> AttachmentType.FILE;
            case "sticker" -> AttachmentType.STICKER;
            case "location" -> AttachmentType.LOCATION;
            case "fallback", "post", "ig_post" -> AttachmentType.LINK;
            default -> AttachmentType.OTHER;
        };
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private MessengerMessages() {
    }
}
