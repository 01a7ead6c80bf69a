package vn.phananh.ingest.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.phananh.testsupport.hostile.Attempt;

/**
 * Hostile submissions to the one-stop desk and the integration API (single and batch). Each one
 * has at least one defect that must keep it out of Kafka: credentials or idempotency header
 * missing or wrong, a body no strict parser accepts, a wrong type, a value outside its rule, a
 * field or body above its limit, or a wrong media type.
 */
final class DeskAndApiAttempts {

    private static final int DESK_LIMIT = 64 * 1024;
    private static final int API_LIMIT = 8 * 1024 * 1024;

    /** Instants that parse but that no epoch-millisecond timestamp can hold, and strings that are no instant. */
    static Object notAnInstant(Hostile h) {
        return h.pick(h.notAString(), "hôm qua", "2024-13-45T99:99:99Z", "2024-02-30T00:00:00Z",
                "+1000000000-12-31T23:59:59.999999999Z", "-1000000000-01-01T00:00:00Z", "+999999999-01-01T00:00:00Z",
                "+292278994-08-17T07:12:55.808Z", "-292275055-05-16T16:47:04.191Z", "9999999999999999999999",
                "2024-11-27T08:00:00+25:00", "2024-11-27", "T", "<script>", "${jndi:ldap://127.0.0.1:1/a}", "../..");
    }

    private DeskAndApiAttempts() {
    }

    // ---- desk ----

    private static final Map<String, Function<Hostile, Object>> DESK_FIELDS = Map.of(
            "text", h -> h.pick(h.notAString(), null, "", "   ", "\t\n", Json.REMOVE),
            "citizen", h -> h.pick(h.text(1, 9), 3, true, Json.array(), Json.array(Json.object())),
            "citizen.name", h -> h.pick(h.notAString(), h.giant(h.between(257, 5_000))),
            "citizen.contact", h -> h.pick(h.notAString(), h.giant(h.between(257, 5_000))),
            "occurredAt", DeskAndApiAttempts::notAnInstant);

    static Attempt desk(Hostile h) {
        Map<String, Object> tree = Payloads.desk(h.text(1, 500), h.text(1, 40));
        String label = h.seed() + " desk";
        String key = "fuzz-" + Long.toHexString(h.random().nextLong());
        int roll = h.random().nextInt(100);
        if (roll < 15) {
            String authorization = authorization(h);
            return deskWith(h, label + " credentials " + Attempt.printable(Hostile.cut(String.valueOf(authorization), 40)),
                    WebhookAttempts.body(h, tree), authorization, key);
        }
        if (roll < 27) {
            String badKey = h.pick(null, "", " ", "k".repeat(h.between(129, 2_000)), "khóa-" + h.id(), "a b", "a\tb",
                    "a " + h.injection().replaceAll("[\\r\\n]", ""), "\u00A0");
            return deskWith(h, label + " idempotency key " + (badKey == null ? "missing" : Attempt.printable(Hostile.cut(badKey, 30))),
                    WebhookAttempts.body(h, tree), Payloads.deskAuthorization(), badKey);
        }
        if (roll < 32) {
            List<Attempt.Header> headers = headers(h, Payloads.deskAuthorization(), key);
            headers.add(h.random().nextInt(headers.size() + 1), new Attempt.Header("Idempotency-Key", key + "-2"));
            return Attempt.post(label + " idempotency key twice", Payloads.DESK, WebhookAttempts.body(h, tree), Noise.around(h, headers));
        }
        if (roll < 55) {
            Bodies.Body broken = Bodies.malformed(h, tree);
            return deskWith(h, label + " " + broken.label(), broken.bytes(), Payloads.deskAuthorization(), key);
        }
        if (roll < 80) {
            String field = WebhookAttempts.wrongType(h, tree, DESK_FIELDS);
            return deskWith(h, label + " wrong value at " + field, WebhookAttempts.body(h, tree), Payloads.deskAuthorization(), key);
        }
        if (roll < 87) {
            int length = h.chance(0.7) ? h.between(20_001, 20_050) : h.between(20_051, 60_000);
            tree.put("text", h.giant(length));
            return deskWith(h, label + " text of " + length, WebhookAttempts.body(h, tree), Payloads.deskAuthorization(), key);
        }
        if (roll < 93) {
            int size = DESK_LIMIT + (h.chance(0.7) ? h.between(1, 64) : h.between(65, 500_000));
            tree.put("text", "ngập ");
            tree.put("pad", "a".repeat(size));
            return deskWith(h, label + " body above 64 KB", WebhookAttempts.body(h, tree), Payloads.deskAuthorization(), key);
        }
        List<Attempt.Header> auth = Attempt.headers("Authorization", Payloads.deskAuthorization(), "Idempotency-Key", key);
        return WebhookAttempts.withContentType(h, label, Payloads.DESK, WebhookAttempts.body(h, tree), auth);
    }

    /**
     * An Authorization header that must not authenticate at the desk (null: none): the passwords of
     * the former desk accounts, broken or forged bearer tokens.
     */
    private static String authorization(Hostile h) {
        return h.pick(null, "", "Basic", "Basic ", "Basic !!!", "Basic " + b64("canbo.motcua"),
                Payloads.basic("canbo.motcua", "sai-mat-khau"), Payloads.basic("canbo.motcua", ""),
                Payloads.basic("", Payloads.DESK_PASSWORD), Payloads.basic("khong-ton-tai", Payloads.DESK_PASSWORD),
                Payloads.basic("canbo.motcua ", Payloads.DESK_PASSWORD), Payloads.basic("canbo.motcua2", Payloads.DESK_PASSWORD),
                Payloads.basic("cán bộ", "mật khẩu"), Payloads.basic(h.injection(), h.injection()),
                Payloads.basic("canbo.motcua", Payloads.DESK_PASSWORD + " "), "Bearer " + h.id(), "Digest username=x",
                "Basic " + b64(Payloads.DESK_USER + ":" + Payloads.DESK_PASSWORD).toLowerCase(java.util.Locale.ROOT),
                "Basic " + "QUFB".repeat(h.between(10, 1_500)), Payloads.basic("canbo.motcua", "p".repeat(h.between(72, 2_000))),
                "Bearer eyJhbGciOiJub25lIn0.eyJyb2xlcyI6WyJkZXNrIl0sImF1ZCI6InBoYW5hbmgtYXBpIn0.", Payloads.forgedDeskToken(),
                "Bearer " + Payloads.deskAuthorization().substring(7, 60), "Bearer " + "QUFB".repeat(h.between(10, 1_500)));
    }

    private static String b64(String s) {
        return java.util.Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static Attempt deskWith(Hostile h, String label, byte[] body, String authorization, String key) {
        return Attempt.post(label, Payloads.DESK, body, Noise.around(h, headers(h, authorization, key)));
    }

    private static List<Attempt.Header> headers(Hostile h, String authorization, String key) {
        List<Attempt.Header> headers = new ArrayList<>(Attempt.headers("Content-Type", Noise.jsonType(h)));
        if (authorization != null) {
            headers.add(new Attempt.Header("Authorization", authorization));
        }
        if (key != null) {
            headers.add(new Attempt.Header("Idempotency-Key", key));
        }
        return headers;
    }

    // ---- integration API ----

    private static final Map<String, Function<Hostile, Object>> API_FIELDS = Map.ofEntries(
            Map.entry("messageId", h -> h.pick(h.notAString(), null, "", "   ", "x".repeat(h.between(129, 5_000)), "a b",
                    "mã-" + h.id(), "\u0000" + h.id(), Json.REMOVE)),
            Map.entry("text", h -> h.notAString()),
            Map.entry("unitCode", h -> h.pick(h.notAString(), "phuong-thach-thang", "xa-khong-co", "",
                    "u".repeat(h.between(65, 3_000)), h.injection())),
            Map.entry("author", h -> h.pick(h.text(1, 9), 3, true, Json.array())),
            Map.entry("author.name", h -> h.pick(h.notAString(), h.giant(h.between(257, 5_000)))),
            Map.entry("attachments", h -> h.pick(h.text(1, 9), 3, true, Json.object())),
            Map.entry("attachments.0", h -> h.pick(h.text(1, 9), 3, true, Json.array(), null)),
            Map.entry("attachments.0.type", h -> h.pick("HOLOGRAM", "location", "", Json.object(), Json.array(), null, h.injection())),
            Map.entry("attachments.0.latitude", h -> h.pick(90.0001, -91, 1e308, "abc", "NaN", Json.object(), Json.array())),
            Map.entry("attachments.0.longitude", h -> h.pick(180.5, -181, "Infinity", Json.object(), "-Infinity", Json.array(1))),
            Map.entry("attachments.0.url", h -> h.pick(h.notAString(), "https://x/" + "a".repeat(h.between(2_049, 10_000)))),
            Map.entry("occurredAt", DeskAndApiAttempts::notAnInstant),
            Map.entry("threadId", h -> h.pick(h.notAString(), "t".repeat(h.between(257, 5_000)))),
            Map.entry("attributes", h -> h.pick(h.text(1, 9), 3, Json.array("a"))),
            Map.entry("attributes.k", h -> h.pick(Json.object("a", 1), Json.array(1))));

    static Attempt api(Hostile h) {
        Map<String, Object> tree = message(h);
        String label = h.seed() + " api";
        int roll = h.random().nextInt(100);
        if (roll < 15) {
            String key = badKey(h);
            return apiWith(h, label + " key " + Attempt.printable(Hostile.cut(String.valueOf(key), 30)), Payloads.API,
                    WebhookAttempts.body(h, tree), key);
        }
        if (roll < 20) {
            List<Attempt.Header> headers = new ArrayList<>(Attempt.headers("Content-Type", "application/json",
                    "X-Api-Key", Payloads.API_KEY, "X-Api-Key", h.pick(Payloads.API_KEY, "pa_test_key_not_real_two_units")));
            return Attempt.post(label + " key header twice", Payloads.API, WebhookAttempts.body(h, tree), Noise.around(h, headers));
        }
        if (roll < 42) {
            Bodies.Body broken = Bodies.malformed(h, tree);
            return apiWith(h, label + " " + broken.label(), Payloads.API, broken.bytes(), Payloads.API_KEY);
        }
        if (roll < 80) {
            String field = invalidMessage(h, tree);
            return apiWith(h, label + " " + field, Payloads.API, WebhookAttempts.body(h, tree), Payloads.API_KEY);
        }
        if (roll < 88) {
            return WebhookAttempts.withContentType(h, label, Payloads.API, WebhookAttempts.body(h, tree),
                    Attempt.headers("X-Api-Key", Payloads.API_KEY));
        }
        if (roll < 90) {
            tree.put("pad", "a".repeat(API_LIMIT + h.between(1, 100_000)));
            tree.put("messageId", "");
            return apiWith(h, label + " body above 8 MB", Payloads.API, WebhookAttempts.body(h, tree), Payloads.API_KEY);
        }
        return apiWith(h, label + " message id reused for another text", Payloads.API,
                WebhookAttempts.body(h, conflicting(h)), Payloads.API_KEY);
    }

    /** Breaks one message: a wrong type or rule at one field, or a limit of the publisher. */
    static String invalidMessage(Hostile h, Map<String, Object> tree) {
        int roll = h.random().nextInt(10);
        if (roll < 7) {
            return "wrong value at " + WebhookAttempts.wrongType(h, tree, API_FIELDS);
        }
        if (roll == 7) {
            int length = h.chance(0.7) ? h.between(20_001, 20_050) : h.between(20_051, 100_000);
            tree.put("text", h.giant(length));
            return "text of " + length;
        }
        if (roll == 8) {
            int count = h.between(51, 200);
            List<Object> attachments = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                attachments.add(Json.object("type", "LOCATION", "latitude", 16.0, "longitude", 108.0));
            }
            tree.put("attachments", attachments);
            return count + " attachments";
        }
        if (h.chance(0.5)) {
            Map<String, Object> attributes = new java.util.LinkedHashMap<>();
            int count = h.between(67, 300);
            for (int i = 0; i < count; i++) {
                attributes.put("k" + i, "v");
            }
            tree.put("attributes", attributes);
            return count + " attributes";
        }
        tree.put("attributes", Json.object("k", "v".repeat(h.between(4_097, 20_000))));
        return "attribute above 4096";
    }

    /** Message ids the test stores once before the run, so that reusing them is an idempotency conflict. */
    static final List<String> CONFLICT_IDS = List.of("fuzz-conflict-0", "fuzz-conflict-1", "fuzz-conflict-2");

    /** A message whose id was accepted earlier for another text: idempotency conflict, nothing new stored. */
    private static Map<String, Object> conflicting(Hostile h) {
        return Payloads.api(CONFLICT_IDS.get(h.between(0, CONFLICT_IDS.size() - 1)), h.text(1, 200));
    }

    private static Map<String, Object> message(Hostile h) {
        Map<String, Object> tree = Payloads.api("fuzz-" + Long.toHexString(h.random().nextLong()), h.text(1, 500));
        if (h.chance(0.3)) {
            tree.put("threadId", h.id());
        }
        tree.put("attributes", Json.object("k", "v"));
        return tree;
    }

    private static String badKey(Hostile h) {
        return h.pick(null, "", " ", "pa_test_key_not_real", "PA_TEST_KEY_NOT_REAL_XA_HUNG_CUONG",
                Payloads.API_KEY + "x", "k".repeat(h.between(257, 6_000)), "khóa-bí-mật", h.injection().replaceAll("[\\r\\n]", ""),
                Payloads.API_KEY.substring(1), "Bearer " + Payloads.API_KEY, Payloads.API_KEY + "\u0000");
    }

    private static Attempt apiWith(Hostile h, String label, String path, byte[] body, String key) {
        List<Attempt.Header> headers = new ArrayList<>(Attempt.headers("Content-Type", Noise.jsonType(h)));
        if (key != null) {
            headers.add(new Attempt.Header("X-Api-Key", key));
        }
        return Attempt.post(label, path, body, Noise.around(h, headers));
    }

    // ---- batch ----

    static Attempt batch(Hostile h) {
        String label = h.seed() + " batch";
        int roll = h.random().nextInt(100);
        List<Object> messages = new ArrayList<>();
        List<String> what = new ArrayList<>();
        for (int i = h.between(1, 12); i > 0; i--) {
            Map<String, Object> message = message(h);
            what.add(invalidMessage(h, message).replaceAll(" at .*", ""));
            messages.add(h.chance(0.1) ? h.pick("x", 1, null, Json.array()) : message);
        }
        Map<String, Object> tree = Json.object("messages", messages);
        if (roll < 12) {
            String key = badKey(h);
            return apiWith(h, label + " key " + Attempt.printable(Hostile.cut(String.valueOf(key), 30)), Payloads.BATCH,
                    WebhookAttempts.body(h, tree), key);
        }
        if (roll < 35) {
            Bodies.Body broken = Bodies.malformed(h, tree);
            return apiWith(h, label + " " + broken.label(), Payloads.BATCH, broken.bytes(), Payloads.API_KEY);
        }
        if (roll < 45) {
            Object envelope = h.pick(Json.REMOVE, null, "x", 1, Json.object(), Json.object("0", Json.object()), true);
            Json.set(tree, "messages", envelope);
            return apiWith(h, label + " messages " + Attempt.printable(Hostile.cut(envelope == Json.REMOVE ? "missing"
                    : Json.write(envelope), 30)), Payloads.BATCH, WebhookAttempts.body(h, tree), Payloads.API_KEY);
        }
        if (roll < 52) {
            int count = h.chance(0.7) ? h.between(501, 510) : h.between(511, 3_000);
            List<Object> many = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                many.add(Payloads.api("fuzz-many-" + Long.toHexString(h.random().nextLong()), "Đường ngập " + i));
            }
            return apiWith(h, label + " " + count + " messages", Payloads.BATCH,
                    WebhookAttempts.body(h, Json.object("messages", many)), Payloads.API_KEY);
        }
        if (roll < 58) {
            return WebhookAttempts.withContentType(h, label, Payloads.BATCH, WebhookAttempts.body(h, tree),
                    Attempt.headers("X-Api-Key", Payloads.API_KEY));
        }
        return apiWith(h, label + " every message invalid: " + String.join(", ", what), Payloads.BATCH,
                WebhookAttempts.body(h, tree), Payloads.API_KEY);
    }
}
