package vn.phananh.ingest.facebook;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import vn.phananh.avro.Attachment;
import vn.phananh.avro.AttachmentType;
import vn.phananh.avro.ChangeType;
import vn.phananh.avro.Channel;
import vn.phananh.avro.RawFeedback;
import vn.phananh.ingest.http.JsonFields;
import vn.phananh.ingest.publishing.Intake;
import vn.phananh.ingest.publishing.RawFeedbacks;

/**
 * Maps a {@code feed} change value: visitor posts (status, photo, video, share, post removal)
 * and comments or replies, added, edited or removed. A post is identified by {@code post_id}, a
 * comment by {@code comment_id}, so an edit or removal keeps the id of what it changes.
 * Reactions, likes and the page's own activity are not feedback.
 */
final class FeedChanges {

    private static final Channel FB = Channel.FACEBOOK;
    private static final List<String> POST_ITEMS = List.of("status", "photo", "video", "share", "post");

    static Intake map(FacebookPayloadMapper.Page page, JsonNode value) {
        String item = JsonFields.text(value, "item", FB);
        String verb = JsonFields.text(value, "verb", FB);
        JsonNode from = JsonFields.object(value, "from", FB);
        String fromId = JsonFields.text(from, "id", FB);
        if (page.id().equals(fromId)) {
            return new Intake.Skipped("page-own-activity");
        }
        boolean comment = "comment".equals(item);
        if (item == null || !comment && !POST_ITEMS.contains(item)) {
            return new Intake.Skipped("unsupported-item");
        }
        Optional<ChangeType> change = change(verb);
        if (change.isEmpty()) {
            return new Intake.Skipped("unsupported-verb");
        }
        String postId = JsonFields.requiredText(value, "post_id", FB);
        String externalId = comment ? JsonFields.requiredText(value, "comment_id", FB) : postId;
        Instant created = JsonFields.epochSeconds(value, "created_time", FB);
        RawFeedback feedback = RawFeedbacks.builder(FB, page.id(), page.unitCode(), externalId, page.receivedAt())
                .setThreadId(postId)
                .setParentId(comment ? JsonFields.text(value, "parent_id", FB) : null)
                .setChange(change.get())
                .setAuthor(RawFeedbacks.author(fromId, JsonFields.text(from, "name", FB), null, false))
                .setText(orEmpty(JsonFields.text(value, "message", FB)))
                .setAttachments(attachments(item, value))
                .setOccurredAt(created)
                .setSourceEvent("feed/" + item + "/" + verb)
                .setAttributes(attributes(value))
                .build();
        return new Intake.Feedback(feedback, false);
    }

    private static Optional<ChangeType> change(String verb) {
        return Optional.ofNullable(switch (verb == null ? "" : verb) {
            case "add" -> ChangeType.ADD;
            case "edited", "edit" -> ChangeType.EDIT;
            case "remove", "delete" -> ChangeType.REMOVE;
            default -> null;
        });
    }

    private static List<Attachment> attachments(String item, JsonNode value) {
        String link = JsonFields.text(value, "link", FB);
        if (link == null) {
            return List.of();
        }
        AttachmentType type = switch (item) {
            case "photo" -> AttachmentType.IMAGE;
            case "video" -> AttachmentType.VIDEO;
            default -> AttachmentType.LINK;
        };
        return List.of(Attachment.newBuilder().setType(type).setUrl(link).setName(null).setLatitude(null)
                .setLongitude(null).build());
    }

    private static Map<String, String> attributes(JsonNode value) {
        Map<String, String> attributes = new HashMap<>();
        JsonNode post = JsonFields.object(value, "post", FB);
        putIfPresent(attributes, "permalink", JsonFields.text(post, "permalink_url", FB));
        putIfPresent(attributes, "photoId", JsonFields.text(value, "photo_id", FB));
        putIfPresent(attributes, "videoId", JsonFields.text(value, "video_id", FB));
        return attributes;
    }

    static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private FeedChanges() {
    }
}
