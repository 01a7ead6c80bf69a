package vn.phananh.search.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.phananh.search.Feedbacks;
import vn.phananh.testsupport.hostile.Attempt;
import vn.phananh.testsupport.hostile.RawHttp;
import vn.phananh.testsupport.hostile.Tries;

/**
 * Staff actions that must not be recorded: invalid bodies from the owning unit's staff, valid
 * bodies from anyone else, and hostile feedback ids. Each gets a 4xx problem and leaves every
 * topic, the status topic first, as it was.
 */
class ActionsFuzzTest extends SearchFuzzTest {

    private static final List<String> ACTIONS = List.of("acknowledge", "assign", "answer", "close", "spam", "rating");
    /** Not UTF-8: bad lead bytes, lone continuations, overlong forms (of NUL and "/"), surrogates, above U+10FFFF, cut short. */
    static final List<byte[]> INVALID_UTF8 = Stream.of("c3 28", "ff", "80", "c0 80", "c1 bf", "e0 80 af", "ed a0 80",
            "f4 90 80 80", "f8 88 80 80 80", "e1 bb").map(HexFormat.ofDelimiter(" ")::parseHex).toList();

    static Stream<Hostile> bodyTries() {
        return Tries.of("bodies", 90, Hostile::new);
    }

    static Stream<Hostile> idTries() {
        return Tries.of("ids", 50, Hostile::new);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodyTries")
    void invalidBodiesOrWrongCallersRecordNothing(Hostile h) {
        String action = h.pick(ACTIONS);
        Attempt attempt;
        if (h.chance(0.75)) {
            Invalid invalid = invalidBody(h, action);
            attempt = request(h.seed() + " staff-a " + action + " " + invalid.what(), "POST", "staff-a",
                    "/api/v1/feedback/" + OF_A.get(0) + "/" + action, invalid.body(), "Content-Type", invalid.contentType());
        }
        else {
            String caller = h.pick("staff-b", "supervisor", "admin", "wrong-password", "unknown-user", "garbage-auth",
                    "bearer", "huge-auth", "anonymous");
            attempt = request(h.seed() + " " + caller + " " + action + " valid body", "POST", caller,
                    "/api/v1/feedback/" + OF_A.get(1) + "/" + action, validBody(action), "Content-Type", "application/json");
        }
        refusedWithoutRecording(attempt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTries")
    void hostileOrForeignIdsAreNotFoundAndRecordNothing(Hostile h) {
        String caller = h.pick("staff-a", "staff-b", "supervisor", "admin");
        String id = h.chance(0.3) ? ("staff-b".equals(caller) ? h.pick(OF_A) : h.pick(OF_B))
                : GetEndpointsFuzzTest.pathId(h);
        if ("staff-a".equals(caller) && OF_A.contains(id) || "staff-b".equals(caller) && OF_B.contains(id)) {
            id = Feedbacks.newId();
        }
        String action = h.pick(ACTIONS);
        Attempt attempt = request(h.seed() + " " + caller + " " + action + " on a hostile id", "POST", caller,
                "/api/v1/feedback/" + GetEndpointsFuzzTest.encode(h, id) + "/" + action, validBody(action),
                "Content-Type", "application/json");
        refusedWithoutRecording(attempt);
    }

    /** Every invalid UTF-8 sequence of the list in the text field of every action that has one (exhaustive). */
    static Stream<Arguments> notUtf8() {
        return INVALID_UTF8.stream().flatMap(bytes -> Stream.of("acknowledge", "assign", "answer")
                .map(action -> Arguments.of(action, HexFormat.ofDelimiter(" ").formatHex(bytes))));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("notUtf8")
    void aBodyThatIsNotUtf8RecordsNothing(String action, String hex) {
        String field = switch (action) {
            case "assign" -> "assignee";
            case "answer" -> "text";
            default -> "note";
        };
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("{\"" + field + "\":\"Đã ").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(HexFormat.ofDelimiter(" ").parseHex(hex));
        body.writeBytes(" xử lý\"}".getBytes(StandardCharsets.UTF_8));
        refusedWithoutRecording(request("staff-a " + action + " not UTF-8 " + hex, "POST", "staff-a",
                "/api/v1/feedback/" + OF_A.get(2) + "/" + action, body.toByteArray(), "Content-Type", "application/json"));
    }

    private void refusedWithoutRecording(Attempt attempt) {
        Map<TopicPartition, Long> before = offsets().now();
        assertThat(before.keySet()).extracting(TopicPartition::topic).contains(stack.statusTopic());

        RawHttp.Reply reply = send(attempt);

        assertWellFormed(attempt, reply);
        assertThat(reply.status()).as(describe(attempt, reply)).isBetween(400, 499);
        assertThat(offsets().now()).as("end offsets after " + describe(attempt, reply)).isEqualTo(before);
    }

    /** A body that would be recorded if it came from the owning unit's staff. */
    static byte[] validBody(String action) {
        String body = switch (action) {
            case "assign" -> "{\"assignee\":\"dia-chinh\"}";
            case "answer" -> "{\"text\":\"Xã đã cử người xử lý.\"}";
            case "rating" -> "{\"satisfied\":true}";
            default -> "{\"note\":\"đã xem\"}";
        };
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** A body that no action may accept, what is wrong with it, and the Content-Type it is sent with. */
    record Invalid(String what, byte[] body, String contentType) {
    }

    static Invalid invalidBody(Hostile h, String action) {
        String field = switch (action) {
            case "assign" -> "assignee";
            case "answer" -> "text";
            case "rating" -> "comment";
            default -> "note";
        };
        int limit = switch (action) {
            case "assign" -> 200;
            case "answer" -> 5_000;
            case "rating" -> 1_000;
            default -> 2_000;
        };
        String json = "application/json";
        return switch (h.random().nextInt(9)) {
            case 0 -> utf8("malformed JSON", h.pick("{", "{\"" + field + "\":", "not json", "{\"" + field + "\":\"x\"",
                    "}", "{'" + field + "':'x'}", "{\"" + field + "\":\"a\u0001b\"}", "[", "{\"" + field + "\":x}"), json);
            case 1 -> new Invalid("invalid UTF-8", invalidUtf8(h, field), json);
            case 2 -> utf8("wrong type", "{\"" + field + "\":" + h.pick("{\"a\":1}", "[]", "[\"x\"]", "{}") + "}", json);
            case 3 -> utf8(field + " above " + limit, "{\"" + field + "\":\"" + "ư".repeat(limit + h.between(1, 5_000)) + "\"}", json);
            case 4 -> utf8("note above 2000", "{" + required(action) + "\"note\":\"" + "a".repeat(h.between(2_001, 20_000)) + "\"}", json);
            case 5 -> {
                int depth = h.between(100, 3_000);
                yield utf8("nested " + field, "{\"" + field + "\":" + "[".repeat(depth) + "]".repeat(depth) + "}", json);
            }
            case 6 -> utf8("wrong media type", new String(validBody(action), StandardCharsets.UTF_8),
                    h.pick("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"));
            case 7 -> "assign".equals(action) || "answer".equals(action)
                    ? utf8("missing or blank " + field, h.pick("{}", "{\"" + field + "\":\"\"}", "{\"" + field + "\":\"   \"}",
                            "{\"" + field + "\":null}", "", "null"), json)
                    : utf8("wrong type", "{\"note\":[1,2]}", json);
            default -> utf8("root is not an object", h.pick("[]", "[{}]", "\"x\"", "1", "true"), json);
        };
    }

    private static String required(String action) {
        return switch (action) {
            case "assign" -> "\"assignee\":\"dia-chinh\",";
            case "answer" -> "\"text\":\"Đã xử lý\",";
            default -> "";
        };
    }

    private static Invalid utf8(String what, String body, String contentType) {
        return new Invalid(what, body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    private static byte[] invalidUtf8(Hostile h, String field) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("{\"" + field + "\":\"Đã ").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(h.pick(INVALID_UTF8));
        out.writeBytes(" xử lý\"}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
