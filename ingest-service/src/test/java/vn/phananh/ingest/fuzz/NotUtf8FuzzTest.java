package vn.phananh.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.phananh.ingest.support.Signing;
import vn.phananh.testsupport.hostile.Attempt;
import vn.phananh.testsupport.hostile.RawHttp;

/**
 * Every invalid UTF-8 sequence of {@link Hostile#INVALID_UTF8} inside the text of an otherwise valid,
 * correctly signed or authenticated message, at every entrance (exhaustive, not sampled): Jackson
 * alone accepts overlong forms (of NUL and "/") and code points above U+10FFFF, so this pins the
 * strict decoding down. Each is a 400 malformed-body and stores nothing.
 */
class NotUtf8FuzzTest extends IngestFuzzTest {

    private static final List<String> ENTRANCES = List.of(Payloads.FACEBOOK, Payloads.ZALO, Payloads.DESK, Payloads.API,
            Payloads.BATCH);

    static Stream<Arguments> notUtf8() {
        return Hostile.INVALID_UTF8.stream().flatMap(bytes -> ENTRANCES.stream()
                .map(entrance -> Arguments.of(entrance, HexFormat.ofDelimiter(" ").formatHex(bytes))));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("notUtf8")
    void aMessageThatIsNotUtf8IsMalformedAndStoresNothing(String entrance, String hex) {
        byte[] invalid = HexFormat.ofDelimiter(" ").parseHex(hex);
        String id = "fuzz-utf8-" + hex.replace(" ", "") + "-" + System.nanoTime();
        String timestamp = Long.toString(System.currentTimeMillis());
        String json = Json.write(switch (entrance) {
            case Payloads.FACEBOOK -> Payloads.messenger(id, "Đã TEXT xử lý", System.currentTimeMillis());
            case Payloads.ZALO -> Payloads.zalo(id, "Đã TEXT xử lý", timestamp);
            case Payloads.DESK -> Payloads.desk("Đã TEXT xử lý", "Lê Văn Tư");
            case Payloads.BATCH -> Json.object("messages", Json.array(Payloads.api(id, "Đã TEXT xử lý")));
            default -> Payloads.api(id, "Đã TEXT xử lý");
        });
        int at = json.indexOf("TEXT");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(invalid);
        out.writeBytes(json.substring(at + 4).getBytes(StandardCharsets.UTF_8));
        byte[] body = out.toByteArray();
        List<Attempt.Header> headers = switch (entrance) {
            case Payloads.FACEBOOK -> Attempt.headers("Content-Type", "application/json", "X-Hub-Signature-256", Signing.facebook(body));
            case Payloads.ZALO -> Attempt.headers("Content-Type", "application/json", "X-ZEvent-Signature",
                    Signing.zalo(body, timestamp, Signing.ZALO_SECRET));
            case Payloads.DESK -> Attempt.headers("Content-Type", "application/json", "Authorization", Payloads.deskAuthorization(),
                    "Idempotency-Key", id);
            default -> Attempt.headers("Content-Type", "application/json", "X-Api-Key", Payloads.API_KEY);
        };

        RawHttp.Reply reply = refusedWithoutStoring(Attempt.post("not UTF-8 " + hex + " at " + entrance, entrance, body, headers));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(json(reply).path("type").asString()).isEqualTo("https://phananh.vn/problems/malformed-body");
    }
}
