package vn.phananh.load.channel;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

import vn.phananh.avro.Channel;
import vn.phananh.schema.FeedbackIds;

/**
 * Sends what Meta sends to {@code POST /webhooks/facebook}: a page {@code feed} comment or a
 * Messenger message, one per notification, serialised as Meta does (non-ASCII as {@code \\u}
 * escapes) and signed with {@code X-Hub-Signature-256} over exactly those bytes. The answer
 * carries counts only, so the feedback id is computed the way the service computes it.
 */
public final class FacebookClient {

    static final String PATH = "/webhooks/facebook";

    private final JsonHttp http;
    private final String appSecret;
    private final Clock clock;

    public FacebookClient(JsonHttp http, Channels channels, Clock clock) {
        this.http = http;
        this.appSecret = channels.facebookAppSecret();
        this.clock = clock;
    }

    /** A visitor's comment (or reply, when {@code parentId} is another comment) on a page post. */
    public record FeedComment(String commentId, String postId, String parentId, String fromId, String fromName,
            String message, Instant createdTime) {
    }

    /** A message a person sent to the page in Messenger; {@code senderId} is the page-scoped id. */
    public record MessengerMessage(String mid, String senderId, String text, Instant timestamp) {
    }

    public Delivery comment(UnitAccounts unit, FeedComment comment) {
        byte[] body = commentBody(unit.facebookPageId(), comment, clock.instant());
        return send(body, FeedbackIds.of(Channel.FACEBOOK, unit.facebookPageId(), comment.commentId()));
    }

    public Delivery message(UnitAccounts unit, MessengerMessage message) {
        byte[] body = messageBody(unit.facebookPageId(), message, clock.instant());
        return send(body, FeedbackIds.of(Channel.FACEBOOK, unit.facebookPageId(), message.mid()));
    }

    /** The notification of one new comment; {@code time} (seconds) is when Meta sends it. */
    static byte[] commentBody(String pageId, FeedComment c, Instant sentAt) {
        ObjectNode root = Json.object().put("object", "page");
        ObjectNode entry = root.putArray("entry").addObject().put("id", pageId).put("time", sentAt.getEpochSecond());
        ObjectNode value = entry.putArray("changes").addObject().put("field", "feed").putObject("value");
        value.put("item", "comment").put("verb", "add").put("comment_id", c.commentId()).put("post_id", c.postId())
                .put("parent_id", c.parentId() != null ? c.parentId() : c.postId());
        ObjectNode from = value.putObject("from").put("id", c.fromId());
        if (c.fromName() != null) {
            from.put("name", c.fromName());
        }
        value.put("message", c.message()).put("created_time", c.createdTime().getEpochSecond());
        return metaBytes(root);
    }

    /** The notification of one Messenger message; times in milliseconds. */
    static byte[] messageBody(String pageId, MessengerMessage m, Instant sentAt) {
        ObjectNode root = Json.object().put("object", "page");
        ObjectNode entry = root.putArray("entry").addObject().put("id", pageId).put("time", sentAt.toEpochMilli());
        ObjectNode event = entry.putArray("messaging").addObject();
        event.putObject("sender").put("id", m.senderId());
        event.putObject("recipient").put("id", pageId);
        event.put("timestamp", m.timestamp().toEpochMilli());
        event.putObject("message").put("mid", m.mid()).put("text", m.text());
        return metaBytes(root);
    }

    private static byte[] metaBytes(ObjectNode root) {
        return Json.escapeNonAscii(Json.MAPPER.writeValueAsString(root)).getBytes(StandardCharsets.US_ASCII);
    }

    private Delivery send(byte[] body, String feedbackId) {
        HttpAnswer answer = http.post(PATH, Map.of("X-Hub-Signature-256", Signatures.facebook(appSecret, body)), body);
        return WebhookSummaries.delivery("FACEBOOK", answer, feedbackId);
    }
}
