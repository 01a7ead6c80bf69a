package vn.phananh.ingest.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.phananh.avro.Channel;
import vn.phananh.ingest.support.Signing;
import vn.phananh.schema.FeedbackIds;
import vn.phananh.testsupport.hostile.Attempt;

/**
 * Valid messages of every entrance, with text that Vietnamese users really send: decomposed
 * diacritics, emoji sequences, zero-width characters, up to the 20,000-character limit, and
 * sometimes written with {@code \\u} escapes. Each knows the feedback ids and texts it must store.
 */
record ValidMessages(Attempt attempt, List<Expected> expected, Channel channel) {

    /** A record that must be in {@code feedback.raw.v1} exactly once, with exactly this text. */
    record Expected(String feedbackId, String text) {
    }

    @Override
    public String toString() {
        return attempt.toString();
    }

    static ValidMessages next(Hostile h) {
        return switch (h.random().nextInt(6)) {
            case 0 -> facebookMessenger(h);
            case 1 -> facebookComment(h);
            case 2 -> zalo(h);
            case 3 -> desk(h);
            case 4 -> api(h);
            default -> batch(h);
        };
    }

    private static String text(Hostile h) {
        return switch (h.random().nextInt(10)) {
            case 0 -> h.giant(h.between(19_900, 20_000));
            case 1 -> "\u200B" + h.pick("\u0301\u0323", "\u200D", "\uFEFF", "👍🏽", "🇻🇳") + "\u2060";
            default -> h.text(1, 2_000);
        };
    }

    private static byte[] json(Hostile h, Map<String, Object> tree) {
        return new Json().escapingNonAscii(h.chance(0.3)).toJson(tree).getBytes(StandardCharsets.UTF_8);
    }

    private static ValidMessages facebookMessenger(Hostile h) {
        String mid = "m_" + Long.toHexString(h.random().nextLong()) + h.pick("", "-" + "x".repeat(h.between(1, 4_000)));
        String text = text(h);
        byte[] body = json(h, Payloads.messenger(mid, text, System.currentTimeMillis()));
        Attempt attempt = Attempt.post(h.seed() + " valid fb messenger", Payloads.FACEBOOK, body,
                Attempt.headers("Content-Type", "application/json", "X-Hub-Signature-256", Signing.facebook(body)));
        return new ValidMessages(attempt, List.of(new Expected(FeedbackIds.of(Channel.FACEBOOK, Payloads.PAGE, mid), text)),
                Channel.FACEBOOK);
    }

    private static ValidMessages facebookComment(Hostile h) {
        String commentId = "122145556677889900_" + (h.random().nextLong() & Long.MAX_VALUE);
        String text = text(h);
        byte[] body = json(h, Payloads.feedComment(commentId, text, System.currentTimeMillis() / 1000));
        Attempt attempt = Attempt.post(h.seed() + " valid fb comment", Payloads.FACEBOOK, body,
                Attempt.headers("Content-Type", "application/json", "X-Hub-Signature-256", Signing.facebook(body)));
        return new ValidMessages(attempt,
                List.of(new Expected(FeedbackIds.of(Channel.FACEBOOK, Payloads.PAGE, commentId), text)), Channel.FACEBOOK);
    }

    private static ValidMessages zalo(Hostile h) {
        String msgId = Long.toHexString(h.random().nextLong()) + Long.toHexString(h.random().nextLong());
        String text = text(h);
        String timestamp = Long.toString(System.currentTimeMillis());
        byte[] body = json(h, Payloads.zalo(msgId, text, timestamp));
        Attempt attempt = Attempt.post(h.seed() + " valid zalo", Payloads.ZALO, body, Attempt.headers("Content-Type",
                "application/json", "X-ZEvent-Signature", Signing.zalo(body, timestamp, Signing.ZALO_SECRET)));
        return new ValidMessages(attempt, List.of(new Expected(FeedbackIds.of(Channel.ZALO, Payloads.OA, msgId), text)),
                Channel.ZALO);
    }

    private static ValidMessages desk(Hostile h) {
        String key = "fuzz-" + Long.toHexString(h.random().nextLong()) + h.pick("", "!~#$%&'*+.^_`|", "x".repeat(100));
        String text = h.chance(0.1) ? h.giant(h.between(19_000, 20_000)) : text(h);
        Map<String, Object> tree = Payloads.desk(text, h.pick(h.text(1, 60), "", "Nguyễn Thị Ánh"));
        byte[] body = json(h, tree);
        if (body.length > 64 * 1024) {
            tree.put("text", h.text(1, 2_000));
            text = (String) tree.get("text");
            body = json(h, tree);
        }
        Attempt attempt = Attempt.post(h.seed() + " valid desk", Payloads.DESK, body, Attempt.headers("Content-Type",
                "application/json", "Authorization", Payloads.deskAuthorization(), "Idempotency-Key", key));
        return new ValidMessages(attempt, List.of(new Expected(FeedbackIds.of(Channel.DESK, Payloads.DESK_ID, key), text)),
                Channel.DESK);
    }

    private static ValidMessages api(Hostile h) {
        String messageId = "fuzz-valid-" + Long.toHexString(h.random().nextLong());
        String text = text(h);
        Map<String, Object> tree = Payloads.api(messageId, text);
        tree.put("author", Json.object("name", h.text(1, 60), "contact", h.pick("0905123456", "hoa@example.vn")));
        byte[] body = json(h, tree);
        Attempt attempt = Attempt.post(h.seed() + " valid api", Payloads.API, body,
                Attempt.headers("Content-Type", "application/json", "X-Api-Key", Payloads.API_KEY));
        return new ValidMessages(attempt,
                List.of(new Expected(FeedbackIds.of(Channel.API, Payloads.API_KEY_ID, messageId), text)), Channel.API);
    }

    private static ValidMessages batch(Hostile h) {
        List<Object> messages = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        for (int i = h.between(1, 6); i > 0; i--) {
            String messageId = "fuzz-batch-" + Long.toHexString(h.random().nextLong());
            String text = h.text(1, 1_000);
            Map<String, Object> message = Payloads.api(messageId, text);
            message.put("unitCode", h.pick("xa-hung-cuong", "phuong-thach-thang"));
            messages.add(message);
            expected.add(new Expected(FeedbackIds.of(Channel.API, "cong-gop-y", messageId), text));
        }
        byte[] body = json(h, Json.object("messages", messages));
        Attempt attempt = Attempt.post(h.seed() + " valid batch of " + messages.size(), Payloads.BATCH, body,
                Attempt.headers("Content-Type", "application/json", "X-Api-Key", "pa_test_key_not_real_two_units"));
        return new ValidMessages(attempt, expected, Channel.API);
    }
}
