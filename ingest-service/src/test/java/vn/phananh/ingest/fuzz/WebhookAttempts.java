package vn.phananh.ingest.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.phananh.ingest.support.Signing;
import vn.phananh.testsupport.hostile.Attempt;

/**
 * Hostile deliveries to the Facebook and Zalo webhooks. Every attempt carries at least one defect
 * that must keep it out of Kafka — a missing, duplicated, junk or replayed signature, a body no
 * strict parser accepts, a wrong type in a field the service reads, a wrong media type, a body
 * above 4 MB, an unknown account, or a field above its limit — plus header noise.
 */
final class WebhookAttempts {

    static final int WEBHOOK_LIMIT = 4 * 1024 * 1024;

    private WebhookAttempts() {
    }

    // ---- Facebook ----

    static Attempt facebook(Hostile h) {
        boolean messenger = h.random().nextBoolean();
        Map<String, Object> tree = messenger ? Payloads.messenger(h.id(), h.text(1, 300), System.currentTimeMillis())
                : Payloads.feedComment(h.id(), h.text(1, 300), System.currentTimeMillis() / 1000);
        String label = h.seed() + (messenger ? " fb messenger" : " fb feed");
        int roll = h.random().nextInt(100);
        Attempt attempt;
        if (roll < 8) {
            attempt = facebookSigned(h, label + " signature missing", body(h, tree), List.of());
        }
        else if (roll < 16) {
            byte[] body = body(h, tree);
            String valid = Signing.facebook(body);
            attempt = facebookSigned(h, label + " signature header twice", body, Attempt.headers(
                    "X-Hub-Signature-256", h.chance(0.5) ? valid : junkHex(h, valid), "X-Hub-Signature-256", valid));
        }
        else if (roll < 28) {
            byte[] body = body(h, tree);
            String junk = junkFacebookSignature(h, body);
            attempt = facebookSigned(h, label + " junk signature " + Attempt.printable(Hostile.cut(junk, 40)), body,
                    Attempt.headers("X-Hub-Signature-256", junk));
        }
        else if (roll < 40) {
            attempt = facebookReplay(h, tree, label);
        }
        else if (roll < 58) {
            Bodies.Body broken = Bodies.malformed(h, tree);
            attempt = facebookSigned(h, label + " " + broken.label(), broken.bytes(), signatureOf(broken.bytes()));
        }
        else if (roll < 78) {
            String field = wrongType(h, tree, messenger ? FB_MESSENGER_FIELDS : FB_FEED_FIELDS);
            byte[] body = body(h, tree);
            attempt = facebookSigned(h, label + " wrong type at " + field, body, signatureOf(body));
        }
        else if (roll < 86) {
            byte[] body = body(h, tree);
            attempt = withContentType(h, label, FACEBOOK_PATH, body, signatureOf(body));
        }
        else if (roll < 89) {
            attempt = oversized(h, label, FACEBOOK_PATH, tree, Signing::facebook, "X-Hub-Signature-256");
        }
        else if (roll < 91 && !messenger) {
            Object time = notEpochSeconds(h);
            Json.set(tree, "entry.0.changes.0.value.created_time", time);
            byte[] body = body(h, tree);
            attempt = facebookSigned(h, label + " created_time " + Attempt.printable(Hostile.cut(Json.write(time), 30)), body,
                    signatureOf(body));
        }
        else if (roll < 94) {
            Json.set(tree, "entry.0.id", h.pick("999" + h.between(1, 999_999), "204729385610290", "0", "-1", h.injection()));
            byte[] body = body(h, tree);
            attempt = facebookSigned(h, label + " unknown page", body, signatureOf(body));
        }
        else {
            String field = overLimit(h, tree, messenger ? "entry.0.messaging.0.message" : "entry.0.changes.0.value",
                    messenger ? "text" : "message", messenger ? "mid" : "comment_id");
            byte[] body = body(h, tree);
            attempt = facebookSigned(h, label + " over the limit: " + field, body, signatureOf(body));
        }
        return attempt;
    }

    private static final String FACEBOOK_PATH = Payloads.FACEBOOK;

    /** Fields the Facebook mapper reads, each with the generator of a value of a type it refuses. */
    private static final Map<String, Function<Hostile, Object>> FB_MESSENGER_FIELDS = Map.ofEntries(
            Map.entry("entry", Hostile::notAnArray), Map.entry("entry.0", Hostile::notAnObject),
            Map.entry("entry.0.id", Hostile::notAnId), Map.entry("entry.0.messaging", Hostile::notAnArray),
            Map.entry("entry.0.messaging.0", Hostile::notAnObject),
            Map.entry("entry.0.messaging.0.message", h -> h.pick(h.text(1, 9), 3, true, Json.array())),
            Map.entry("entry.0.messaging.0.message.mid", h -> h.pick(h.notAnId(), "", "   ")),
            Map.entry("entry.0.messaging.0.message.text", Hostile::notAnId),
            Map.entry("entry.0.messaging.0.message.attachments", Hostile::notAnArray),
            Map.entry("entry.0.messaging.0.message.reply_to", Hostile::notAnObject),
            Map.entry("entry.0.messaging.0.message.quick_reply", Hostile::notAnObject),
            Map.entry("entry.0.messaging.0.sender", Hostile::notAnObject),
            Map.entry("entry.0.messaging.0.sender.id", Hostile::notAnId),
            Map.entry("entry.0.messaging.0.timestamp", Hostile::notAWholeNumber));

    private static final Map<String, Function<Hostile, Object>> FB_FEED_FIELDS = Map.ofEntries(
            Map.entry("entry", Hostile::notAnArray), Map.entry("entry.0.id", Hostile::notAnId),
            Map.entry("entry.0.changes", Hostile::notAnArray), Map.entry("entry.0.changes.0", Hostile::notAnObject),
            Map.entry("entry.0.changes.0.field", Hostile::notAnId),
            Map.entry("entry.0.changes.0.value", h -> h.pick(h.text(1, 9), 3, true, Json.array())),
            Map.entry("entry.0.changes.0.value.item", Hostile::notAnId),
            Map.entry("entry.0.changes.0.value.verb", Hostile::notAnId),
            Map.entry("entry.0.changes.0.value.from", Hostile::notAnObject),
            Map.entry("entry.0.changes.0.value.from.id", Hostile::notAnId),
            Map.entry("entry.0.changes.0.value.from.name", Hostile::notAnId),
            Map.entry("entry.0.changes.0.value.comment_id", h -> h.pick(h.notAnId(), "", "  ")),
            Map.entry("entry.0.changes.0.value.post_id", h -> h.pick(h.notAnId(), "", "  ")),
            Map.entry("entry.0.changes.0.value.parent_id", Hostile::notAnId),
            Map.entry("entry.0.changes.0.value.message", Hostile::notAnId),
            Map.entry("entry.0.changes.0.value.link", Hostile::notAnId),
            Map.entry("entry.0.changes.0.value.post", Hostile::notAnObject),
            Map.entry("entry.0.changes.0.value.created_time", WebhookAttempts::notEpochSeconds));

    /** Not a time in seconds that an instant in milliseconds can hold: wrong types and out-of-range longs. */
    private static Object notEpochSeconds(Hostile h) {
        return h.chance(0.5) ? h.notAWholeNumber()
                : h.pick(Long.MAX_VALUE, Long.MIN_VALUE, 9_223_372_036_854_775L + h.between(1, 1000),
                        -9_223_372_036_854_776L - h.between(1, 1000), 31_556_889_864_403_200L, 100_000_000_000_000_000L);
    }

    private static Attempt facebookSigned(Hostile h, String label, byte[] body, List<Attempt.Header> signature) {
        List<Attempt.Header> headers = new java.util.ArrayList<>(Attempt.headers("Content-Type", Noise.jsonType(h)));
        headers.addAll(signature);
        if (h.chance(0.1)) {
            headers.add(new Attempt.Header("X-Hub-Signature", "sha1=" + junkHex(h, Signing.facebookSha1(body).substring(5))));
        }
        return Attempt.post(label, FACEBOOK_PATH, body, Noise.around(h, headers));
    }

    private static List<Attempt.Header> signatureOf(byte[] body) {
        return Attempt.headers("X-Hub-Signature-256", Signing.facebook(body));
    }

    private static String junkFacebookSignature(Hostile h, byte[] body) {
        String valid = Signing.facebook(body);
        String hex = valid.substring("sha256=".length());
        return h.pick("", "sha256=", "sha256=" + junkHex(h, hex), "sha256=" + hex.substring(0, h.between(0, 63)),
                "sha256=" + hex + "00", hex, "sha1=" + Signing.facebookSha1(body).substring(5),
                "sha1=" + hex, "sha512=" + hex, "sha256:" + hex, "sha256 " + hex, "sha256=" + fullwidthFirst(hex),
                "sha256=" + "0".repeat(64), "sha256=" + h.giant(h.between(100, 6_000)).replaceAll("[^\\x21-\\x7e]", "z"),
                "sha256=" + h.injection().replaceAll("[\\r\\n]", ""), "sha256=" + Signing.facebook(Bodies.utf8("", new String(body, StandardCharsets.UTF_8) + "\n").bytes()).substring(7));
    }

    /** The valid hex with one digit changed (so it is still hex, and still the right length). */
    static String junkHex(Hostile h, String validHex) {
        String hex = validHex.startsWith("sha256=") ? validHex.substring(7) : validHex;
        int at = h.random().nextInt(hex.length());
        char swapped = hex.charAt(at) == '0' ? '1' : '0';
        String changed = hex.substring(0, at) + swapped + hex.substring(at + 1);
        return validHex.startsWith("sha256=") ? "sha256=" + changed : changed;
    }

    private static Attempt facebookReplay(Hostile h, Map<String, Object> tree, String label) {
        byte[] signed = body(h, tree);
        String what;
        byte[] sent;
        switch (h.random().nextInt(5)) {
            case 0 -> {
                what = "text changed";
                Object entry = ((List<?>) tree.get("entry")).getFirst();
                Json.set(entry, ((Map<?, ?>) entry).containsKey("messaging") ? "messaging.0.message.text"
                        : "changes.0.value.message", h.text(1, 50));
                sent = Json.write(tree).getBytes(StandardCharsets.UTF_8);
            }
            case 1 -> {
                what = "one byte flipped";
                sent = signed.clone();
                int at = h.random().nextInt(sent.length);
                sent[at] = (byte) (sent[at] ^ (1 << h.random().nextInt(7)));
            }
            case 2 -> {
                what = "whitespace added";
                sent = (" " + new String(signed, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
            }
            case 3 -> {
                what = "same JSON, other escaping";
                sent = new Json().escapingNonAscii(!isEscaped(signed)).toJson(tree).getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                what = "another message";
                sent = body(h, Payloads.messenger(h.id(), h.text(1, 50), System.currentTimeMillis()));
            }
        }
        if (java.util.Arrays.equals(sent, signed)) {
            sent = (new String(signed, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
        }
        return facebookSigned(h, label + " replayed signature, " + what, sent, signatureOf(signed));
    }

    /** The hex with its first digit in its full-width form, which no hex parser should take for the digit. */
    private static String fullwidthFirst(String hex) {
        return (char) (hex.charAt(0) + 0xFEE0) + hex.substring(1);
    }

    private static boolean isEscaped(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    // ---- Zalo ----

    static Attempt zalo(Hostile h) {
        String timestamp = Long.toString(System.currentTimeMillis() - h.between(0, 86_400_000));
        Map<String, Object> tree = Payloads.zalo(h.id(), h.text(1, 300), timestamp);
        String label = h.seed() + " zalo";
        int roll = h.random().nextInt(100);
        if (roll < 8) {
            return zaloSigned(h, label + " signature missing", body(h, tree), List.of());
        }
        if (roll < 14) {
            byte[] body = body(h, tree);
            String valid = Signing.zalo(body, timestamp, Signing.ZALO_SECRET);
            return zaloSigned(h, label + " signature header twice", body,
                    Attempt.headers("X-ZEvent-Signature", valid, "X-ZEvent-Signature", h.chance(0.5) ? valid : "mac=00"));
        }
        if (roll < 24) {
            byte[] body = body(h, tree);
            String junk = junkZaloSignature(h, body, timestamp);
            return zaloSigned(h, label + " junk signature " + Attempt.printable(Hostile.cut(junk, 40)), body,
                    Attempt.headers("X-ZEvent-Signature", junk));
        }
        if (roll < 34) {
            return zaloReplay(h, tree, timestamp, label);
        }
        if (roll < 52) {
            Bodies.Body broken = Bodies.malformed(h, tree);
            return zaloSigned(h, label + " " + broken.label(), broken.bytes(), Attempt.headers("X-ZEvent-Signature",
                    Signing.zalo(broken.bytes(), timestamp, Signing.ZALO_SECRET)));
        }
        if (roll < 74) {
            String field = wrongType(h, tree, ZALO_FIELDS);
            byte[] body = body(h, tree);
            Object ts = tree.get("timestamp");
            return zaloSigned(h, label + " wrong type at " + field, body, Attempt.headers("X-ZEvent-Signature",
                    Signing.zalo(body, ts instanceof String s ? s : timestamp, Signing.ZALO_SECRET)));
        }
        if (roll < 82) {
            byte[] body = body(h, tree);
            return withContentType(h, label, Payloads.ZALO, body,
                    Attempt.headers("X-ZEvent-Signature", Signing.zalo(body, timestamp, Signing.ZALO_SECRET)));
        }
        if (roll < 85) {
            return oversized(h, label, Payloads.ZALO, tree, b -> Signing.zalo(b, timestamp, Signing.ZALO_SECRET),
                    "X-ZEvent-Signature");
        }
        if (roll < 92) {
            Json.set(tree, "recipient.id", h.pick("1" + h.between(1, 999_999), "4024926008133882616", "0", h.injection()));
            byte[] body = body(h, tree);
            return zaloSigned(h, label + " unknown OA", body,
                    Attempt.headers("X-ZEvent-Signature", Signing.zalo(body, timestamp, Signing.ZALO_SECRET)));
        }
        String field = overLimit(h, tree, "message", "text", "msg_id");
        byte[] body = body(h, tree);
        return zaloSigned(h, label + " over the limit: " + field, body,
                Attempt.headers("X-ZEvent-Signature", Signing.zalo(body, timestamp, Signing.ZALO_SECRET)));
    }

    private static final Map<String, Function<Hostile, Object>> ZALO_FIELDS = Map.ofEntries(
            Map.entry("event_name", h -> h.pick(h.notAString(), 5, true, 1.5)),
            Map.entry("recipient", Hostile::notAnObject), Map.entry("recipient.id", Hostile::notAnId),
            Map.entry("sender", Hostile::notAnObject), Map.entry("sender.id", Hostile::notAnId),
            Map.entry("message", Hostile::notAnObject),
            Map.entry("message.msg_id", h -> h.pick(h.notAnId(), "", "   ")),
            Map.entry("message.text", Hostile::notAnId), Map.entry("message.attachments", Hostile::notAnArray),
            Map.entry("user_id_by_app", Hostile::notAnId),
            Map.entry("timestamp", h -> h.pick(h.notAString(), "abc", "", " ", "1.5", "1e3", "0x10", true)));

    private static Attempt zaloSigned(Hostile h, String label, byte[] body, List<Attempt.Header> signature) {
        List<Attempt.Header> headers = new java.util.ArrayList<>(Attempt.headers("Content-Type", Noise.jsonType(h)));
        headers.addAll(signature);
        return Attempt.post(label, Payloads.ZALO, body, Noise.around(h, headers));
    }

    private static String junkZaloSignature(Hostile h, byte[] body, String timestamp) {
        String valid = Signing.zalo(body, timestamp, Signing.ZALO_SECRET).substring(4);
        return h.pick("", "mac=", "mac=" + junkHex(h, valid), "mac=" + valid.substring(0, h.between(0, 63)),
                "mac=" + valid + "ab", "sha256=" + valid, "mac=" + fullwidthFirst(valid), "mac= " + "0".repeat(64),
                "mac=" + hmac(body), "mac=" + h.giant(h.between(100, 6_000)).replaceAll("[^\\x21-\\x7e]", "z"),
                h.injection().replaceAll("[\\r\\n]", ""),
                Signing.zalo(body, timestamp, Signing.ZALO_SECRET_2), Signing.zalo(body, timestamp + "0", Signing.ZALO_SECRET));
    }

    private static String hmac(byte[] body) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(Signing.ZALO_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        }
        catch (java.security.GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Attempt zaloReplay(Hostile h, Map<String, Object> tree, String timestamp, String label) {
        byte[] signed = body(h, tree);
        String header = Signing.zalo(signed, timestamp, Signing.ZALO_SECRET);
        byte[] sent;
        String what;
        switch (h.random().nextInt(4)) {
            case 0 -> {
                what = "text changed";
                Json.set(tree, "message.text", h.text(1, 50));
                sent = Json.write(tree).getBytes(StandardCharsets.UTF_8);
            }
            case 1 -> {
                what = "timestamp changed";
                Json.set(tree, "timestamp", Long.toString(Long.parseLong(timestamp) + h.between(1, 100_000)));
                sent = Json.write(tree).getBytes(StandardCharsets.UTF_8);
            }
            case 2 -> {
                what = "other OA";
                Json.set(tree, "recipient.id", Signing.ZALO_OA_2);
                sent = Json.write(tree).getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                what = "one byte flipped";
                sent = signed.clone();
                int at = h.random().nextInt(sent.length);
                sent[at] = (byte) (sent[at] ^ (1 << h.random().nextInt(7)));
            }
        }
        if (java.util.Arrays.equals(sent, signed)) {
            sent = (new String(signed, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
        }
        return zaloSigned(h, label + " replayed signature, " + what, sent, Attempt.headers("X-ZEvent-Signature", header));
    }

    // ---- shared ----

    /** The tree as UTF-8, sometimes with non-ASCII characters escaped and sometimes with a BOM-free extra field. */
    static byte[] body(Hostile h, Map<String, Object> tree) {
        return new Json().escapingNonAscii(h.chance(0.3)).toJson(tree).getBytes(StandardCharsets.UTF_8);
    }

    /** Puts a value of a refused type at one of the fields, returns the field's path. */
    static String wrongType(Hostile h, Map<String, Object> tree, Map<String, Function<Hostile, Object>> fields) {
        List<String> paths = fields.keySet().stream().sorted().toList();
        String path = h.pick(paths);
        Object value = fields.get(path).apply(h);
        Json.set(tree, path, value);
        return path + "=" + (value == Json.REMOVE ? "(removed)" : Attempt.printable(Hostile.cut(Json.write(value), 40)));
    }

    /** Makes the text, or an id field, longer than the limits (20,000 text characters, 4,096 for other fields). */
    static String overLimit(Hostile h, Map<String, Object> tree, String objectPath, String textField, String idField) {
        if (h.chance(0.6)) {
            int length = h.chance(0.7) ? h.between(20_001, 20_050) : h.between(20_051, 200_000);
            Json.set(tree, objectPath + "." + textField, h.giant(length));
            return textField + " of " + length;
        }
        int length = h.chance(0.7) ? h.between(4_097, 4_120) : h.between(4_121, 100_000);
        Json.set(tree, objectPath + "." + idField, "x".repeat(length));
        return idField + " of " + length;
    }

    static Attempt withContentType(Hostile h, String label, String path, byte[] body, List<Attempt.Header> auth) {
        String type = h.pick("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=xyz", "application/problem+json", "application/json-seq", "application/jsonx",
                "json", "", "application/json, text/plain", "*/*", "application/*", "text/json", "application/javascript",
                "application/json\u0000", "ứng-dụng/json", "application/" + "j".repeat(h.between(100, 4_000)));
        List<Attempt.Header> headers = new java.util.ArrayList<>();
        if (!type.isEmpty() || h.chance(0.5)) {
            headers.add(new Attempt.Header("Content-Type", type));
        }
        headers.addAll(auth);
        return Attempt.post(label + " content type " + Attempt.printable(Hostile.cut(type.isEmpty() && headers.size() == auth.size()
                ? "(none)" : type, 40)), path, body, Noise.around(h, headers));
    }

    static Attempt oversized(Hostile h, String label, String path, Map<String, Object> tree, Function<byte[], String> sign,
            String signatureHeader) {
        int size = WEBHOOK_LIMIT + (h.chance(0.7) ? h.between(1, 64) : h.between(65, 300_000));
        String json = Json.write(tree);
        int padding = size - json.length() - "\"pad\":\"\",".length();
        tree.put("pad", "a".repeat(Math.max(0, padding)));
        byte[] body = Json.write(tree).getBytes(StandardCharsets.UTF_8);
        return Attempt.post(label + " body of " + body.length + " bytes", path, body, Noise.around(h,
                Attempt.headers("Content-Type", "application/json", signatureHeader, sign.apply(body))));
    }
}
