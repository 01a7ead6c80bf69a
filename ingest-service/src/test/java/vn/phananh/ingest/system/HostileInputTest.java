package vn.phananh.ingest.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.phananh.ingest.support.Fixtures;
import vn.phananh.ingest.support.IngestServiceTest;
import vn.phananh.ingest.support.Signing;

/**
 * Garbage, truncation, oversize, wrong types, deep nesting, invalid UTF-8 and header games on
 * every endpoint: the answer is never a 5xx (Kafka is up) and nothing reaches a topic.
 */
class HostileInputTest extends IngestServiceTest {

    private static final String JSON = "application/json";
    private static final String FB = "/webhooks/facebook";
    private static final String ZALO = "/webhooks/zalo";
    private static final String DESK = "/desk/v1/feedback";
    private static final String API = "/api/v1/messages";
    private static final String DESK_AUTH = "Bearer " + vn.phananh.testsupport.RealServices.keycloak()
            .deskToken("xa-hung-cuong");
    private static final String API_KEY = "pa_test_key_not_real_xa_hung_cuong";

    record Case(String name, String path, byte[] body, List<String> headers) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        List<Case> cases = new ArrayList<>();
        facebook(cases);
        zalo(cases);
        deskAndApi(cases);
        return cases.stream().map(Arguments::of);
    }

    private static void facebook(List<Case> cases) {
        byte[] valid = Fixtures.bytes("facebook-feed-comment-minimal.json");
        fb(cases, "fb truncated json", java.util.Arrays.copyOf(valid, valid.length / 2));
        fb(cases, "fb empty body", new byte[0]);
        fb(cases, "fb json array", utf8("[]"));
        fb(cases, "fb json null", utf8("null"));
        fb(cases, "fb entry is a string", utf8("{\"object\":\"page\",\"entry\":\"x\"}"));
        fb(cases, "fb entry id is an object", utf8("{\"object\":\"page\",\"entry\":[{\"id\":{\"a\":1},\"changes\":[]}]}"));
        fb(cases, "fb comment without id", utf8("{\"object\":\"page\",\"entry\":[{\"id\":\"104729385610293\",\"changes\":[{\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\",\"post_id\":\"1\",\"message\":\"x\"}}]}]}"));
        fb(cases, "fb created_time too big", utf8("{\"object\":\"page\",\"entry\":[{\"id\":\"104729385610293\",\"changes\":[{\"field\":\"feed\",\"value\":{\"item\":\"status\",\"verb\":\"add\",\"post_id\":\"1_9\",\"created_time\":1" + "0".repeat(40) + "}}]}]}"));
        fb(cases, "fb duplicated keys", utf8("{\"object\":\"page\",\"object\":\"user\",\"entry\":[]}"));
        fb(cases, "fb trailing garbage", utf8("{\"object\":\"page\",\"entry\":[]} {\"x\":1}"));
        fb(cases, "fb deep nesting", utf8("{\"object\":\"page\",\"entry\":[" + "[".repeat(5000) + "]".repeat(5000) + "]}"));
        fb(cases, "fb invalid utf-8", invalidUtf8());
        fb(cases, "fb text above the limit", utf8("{\"object\":\"page\",\"entry\":[{\"id\":\"104729385610293\",\"messaging\":[{\"sender\":{\"id\":\"5\"},\"timestamp\":1,\"message\":{\"mid\":\"m_long\",\"text\":\"" + "a".repeat(30_000) + "\"}}]}]}"));
        fb(cases, "fb attachment url above the limit", utf8("{\"object\":\"page\",\"entry\":[{\"id\":\"104729385610293\",\"messaging\":[{\"sender\":{\"id\":\"5\"},\"timestamp\":1,\"message\":{\"mid\":\"m_url\",\"attachments\":[{\"type\":\"image\",\"payload\":{\"url\":\"https://x/" + "a".repeat(10_000) + "\"}}]}}]}]}"));
        cases.add(new Case("fb body above 4 MB", FB, hugeJson(5 * 1024 * 1024), List.of("Content-Type", JSON, "X-Hub-Signature-256", "sha256=00")));
        cases.add(new Case("fb missing signature", FB, valid, List.of("Content-Type", JSON)));
        cases.add(new Case("fb duplicated signature header", FB, valid, List.of("Content-Type", JSON,
                "X-Hub-Signature-256", Signing.facebook(valid), "X-Hub-Signature-256", Signing.facebook(valid))));
        byte[] altered = new String(valid, StandardCharsets.UTF_8).replace("hỏng", "tốt").getBytes(StandardCharsets.UTF_8);
        cases.add(new Case("fb valid signature altered body", FB, altered, List.of("Content-Type", JSON, "X-Hub-Signature-256", Signing.facebook(valid))));
        cases.add(new Case("fb signature of sha1 kind in sha256 header", FB, valid, List.of("Content-Type", JSON, "X-Hub-Signature-256", Signing.facebookSha1(valid))));
        cases.add(new Case("fb wrong content type", FB, valid, List.of("Content-Type", "text/plain", "X-Hub-Signature-256", Signing.facebook(valid))));
        cases.add(new Case("fb no content type", FB, valid, List.of("X-Hub-Signature-256", Signing.facebook(valid))));
    }

    private static void zalo(List<Case> cases) {
        byte[] valid = Fixtures.bytes("zalo-user-send-text-minimal.json");
        zaloSigned(cases, "zalo truncated json", java.util.Arrays.copyOf(valid, valid.length - 20), "1732703000123");
        zaloSigned(cases, "zalo event name is a number", utf8("{\"event_name\":5,\"recipient\":{\"id\":\"4024926008133882615\"},\"timestamp\":\"1\"}"), "1");
        zaloSigned(cases, "zalo message without msg_id", utf8("{\"event_name\":\"user_send_text\",\"recipient\":{\"id\":\"4024926008133882615\"},\"timestamp\":\"1\",\"message\":{\"text\":\"x\"}}"), "1");
        zaloSigned(cases, "zalo coordinates not numbers", utf8("{\"event_name\":\"user_send_location\",\"recipient\":{\"id\":\"4024926008133882615\"},\"timestamp\":\"1\",\"message\":{\"msg_id\":\"loc-bad\",\"attachments\":[{\"type\":\"location\",\"payload\":{\"coordinates\":{\"latitude\":\"NaN\",\"longitude\":\"x\"}}}]}}"), "1");
        zaloSigned(cases, "zalo timestamp missing", utf8("{\"event_name\":\"user_send_text\",\"recipient\":{\"id\":\"4024926008133882615\"},\"message\":{\"msg_id\":\"no-ts\"}}"), "");
        zaloSigned(cases, "zalo deep nesting", utf8("{\"x\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3000) + "}"), "1");
        zaloSigned(cases, "zalo invalid utf-8", invalidUtf8(), "1");
        cases.add(new Case("zalo missing signature", ZALO, valid, List.of("Content-Type", JSON)));
        cases.add(new Case("zalo duplicated signature", ZALO, valid, List.of("Content-Type", JSON,
                "X-ZEvent-Signature", Signing.zalo(valid), "X-ZEvent-Signature", Signing.zalo(valid))));
        byte[] altered = new String(valid, StandardCharsets.UTF_8).replace("mất điện", "có điện").getBytes(StandardCharsets.UTF_8);
        cases.add(new Case("zalo valid signature altered body", ZALO, altered, List.of("Content-Type", JSON, "X-ZEvent-Signature", Signing.zalo(valid))));
        cases.add(new Case("zalo body above 4 MB", ZALO, hugeJson(5 * 1024 * 1024), List.of("Content-Type", JSON)));
        cases.add(new Case("zalo wrong content type", ZALO, valid, List.of("Content-Type", "application/x-www-form-urlencoded", "X-ZEvent-Signature", Signing.zalo(valid))));
    }

    private static void deskAndApi(List<Case> cases) {
        cases.add(new Case("desk malformed json", DESK, utf8("{\"text\":"), List.of("Content-Type", JSON, "Authorization", DESK_AUTH, "Idempotency-Key", "h1")));
        cases.add(new Case("desk text is an object", DESK, utf8("{\"text\":{\"a\":1}}"), List.of("Content-Type", JSON, "Authorization", DESK_AUTH, "Idempotency-Key", "h2")));
        cases.add(new Case("desk text above the limit", DESK, utf8("{\"text\":\"" + "a".repeat(30_000) + "\"}"), List.of("Content-Type", JSON, "Authorization", DESK_AUTH, "Idempotency-Key", "h3")));
        cases.add(new Case("desk body above the limit", DESK, hugeJson(200_000), List.of("Content-Type", JSON, "Authorization", DESK_AUTH, "Idempotency-Key", "h4")));
        cases.add(new Case("desk duplicated idempotency key", DESK, utf8("{\"text\":\"x\"}"), List.of("Content-Type", JSON, "Authorization", DESK_AUTH, "Idempotency-Key", "h5", "Idempotency-Key", "h6")));
        cases.add(new Case("desk wrong content type", DESK, utf8("text=x"), List.of("Content-Type", "text/plain", "Authorization", DESK_AUTH, "Idempotency-Key", "h7")));
        cases.add(new Case("api invalid utf-8", API, invalidUtf8(), List.of("Content-Type", JSON, "X-Api-Key", API_KEY)));
        cases.add(new Case("api messages not an array", API + "/batch", utf8("{\"messages\":{}}"), List.of("Content-Type", JSON, "X-Api-Key", API_KEY)));
        cases.add(new Case("api deep nesting", API + "/batch", utf8("{\"messages\":" + "[".repeat(2000) + "]".repeat(2000) + "}"), List.of("Content-Type", JSON, "X-Api-Key", API_KEY)));
        cases.add(new Case("api wrong attachment type", API, utf8("{\"messageId\":\"h-att\",\"text\":\"x\",\"attachments\":[{\"type\":\"HOLOGRAM\"}]}"), List.of("Content-Type", JSON, "X-Api-Key", API_KEY)));
        cases.add(new Case("api occurredAt not a date", API, utf8("{\"messageId\":\"h-date\",\"text\":\"x\",\"occurredAt\":\"hôm qua\"}"), List.of("Content-Type", JSON, "X-Api-Key", API_KEY)));
        cases.add(new Case("api duplicated key header", API, utf8("{\"messageId\":\"h-dup\",\"text\":\"x\"}"), List.of("Content-Type", JSON, "X-Api-Key", API_KEY, "X-Api-Key", API_KEY)));
        cases.add(new Case("api huge message id", API, utf8("{\"messageId\":\"" + "i".repeat(5000) + "\",\"text\":\"x\"}"), List.of("Content-Type", JSON, "X-Api-Key", API_KEY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void neverFailsWithAServerErrorAndNeverProduces(Case hostile) {
        var rawBefore = raw().endOffsets();
        var eventsBefore = events().endOffsets();

        HttpResponse<String> response = http.post(hostile.path(), hostile.body(), hostile.headers().toArray(String[]::new));

        assertThat(response.statusCode()).as(hostile.name() + ": " + response.body()).isBetween(200, 499);
        if (response.statusCode() >= 400) {
            assertThat(response.body()).contains("\"type\":\"https://phananh.vn/problems/").doesNotContain("Exception");
        }
        assertThat(raw().endOffsets()).isEqualTo(rawBefore);
        assertThat(events().endOffsets()).isEqualTo(eventsBefore);
    }

    private static void fb(List<Case> cases, String name, byte[] body) {
        cases.add(new Case(name, FB, body, List.of("Content-Type", JSON, "X-Hub-Signature-256", Signing.facebook(body))));
    }

    private static void zaloSigned(List<Case> cases, String name, byte[] body, String timestamp) {
        cases.add(new Case(name, ZALO, body, List.of("Content-Type", JSON,
                "X-ZEvent-Signature", Signing.zalo(body, timestamp, Signing.ZALO_SECRET))));
    }

    private static byte[] invalidUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("{\"event_name\":\"user_send_text\",\"object\":\"page\",\"messageId\":\"bad\",\"text\":\""));
        out.writeBytes(new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE });
        out.writeBytes(utf8("\",\"entry\":[],\"recipient\":{\"id\":\"4024926008133882615\"},\"timestamp\":\"1\"}"));
        return out.toByteArray();
    }

    private static byte[] hugeJson(int size) {
        return utf8("{\"object\":\"page\",\"x\":\"" + "a".repeat(size) + "\"}");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
