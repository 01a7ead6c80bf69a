package vn.phananh.ingest.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

import vn.phananh.avro.ChangeType;
import vn.phananh.avro.Channel;
import vn.phananh.avro.RawFeedback;
import vn.phananh.ingest.support.Fixtures;
import vn.phananh.ingest.support.IngestServiceTest;
import vn.phananh.ingest.support.Signing;
import vn.phananh.schema.FeedbackIds;

class FacebookWebhookTest extends IngestServiceTest {

    private static final String PAGE = "104729385610293";
    private static final String PATH = "/webhooks/facebook";

    private HttpResponse<String> postSigned(byte[] body) {
        return http.post(PATH, body, "Content-Type", "application/json", "X-Hub-Signature-256", Signing.facebook(body));
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("facebook-feed-comment-minimal.json", List.of("122145556677889900_987654321012345"), 0),
                Arguments.of("facebook-feed-comment-full.json", List.of("122145556677889900_1122334455667788",
                        "122145556677889900_2233445566778899"), 1),
                Arguments.of("facebook-feed-post-minimal.json", List.of("104729385610293_122145556699001122"), 0),
                Arguments.of("facebook-feed-post-full.json", List.of("104729385610293_122145556700112233",
                        "104729385610293_122145556699001122", "104729385610293_122145556688990011"), 0),
                Arguments.of("facebook-messenger-message-minimal.json", List.of("m_AbC123xyz-minimal"), 0),
                Arguments.of("facebook-messenger-message-full.json", List.of("m_DeF456img", "m_GhI789reply", "m_JkL012qr"), 0));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void acceptsEveryFixtureAndStoresItsMessages(String fixture, List<String> externalIds, int skipped) {
        HttpResponse<String> response = postSigned(Fixtures.bytes(fixture));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Fixtures.json(response.body().getBytes(StandardCharsets.UTF_8)).get("skipped").asLong()).isEqualTo(skipped);
        for (String externalId : externalIds) {
            List<RawFeedback> stored = raw().withKey(FeedbackIds.of(Channel.FACEBOOK, PAGE, externalId));
            assertThat(stored).isNotEmpty().allSatisfy(f -> {
                assertThat(f.getExternalId()).isEqualTo(externalId);
                assertThat(f.getUnitCode()).isEqualTo("xa-hung-cuong");
                assertThat(f.getChannel()).isEqualTo(Channel.FACEBOOK);
            });
        }
    }

    @Test
    void storesEditsAndRemovalsUnderTheIdOfWhatTheyChange() {
        postSigned(Fixtures.bytes("facebook-feed-comment-full.json"));

        List<RawFeedback> comment = raw().withKey(FeedbackIds.of(Channel.FACEBOOK, PAGE, "122145556677889900_1122334455667788"));
        assertThat(comment).extracting(RawFeedback::getChange).contains(ChangeType.ADD, ChangeType.EDIT);
        // A webhook has no one to answer with the code: it rides on the record, the same on the edit.
        assertThat(comment).extracting(RawFeedback::getTrackingCode).doesNotContainNull().containsOnly(comment.getFirst().getTrackingCode());
        assertThat(comment).extracting(RawFeedback::getText).contains("Rác tồn đọng ở chợ Hàn 😡 đề nghị xử lý gấp!");
        List<RawFeedback> reply = raw().withKey(FeedbackIds.of(Channel.FACEBOOK, PAGE, "122145556677889900_2233445566778899"));
        assertThat(reply).extracting(RawFeedback::getChange).contains(ChangeType.ADD, ChangeType.REMOVE);
    }

    @Test
    void acceptsTheSignatureVectorAsSentAndRefusesTheReserialisedBody() {
        JsonNode vector = Fixtures.json("facebook-signature-vector.json");
        byte[] body = vector.get("raw_body").stringValue().getBytes(StandardCharsets.UTF_8);
        String signature = vector.get("headers").get("X-Hub-Signature-256").stringValue();

        assertThat(http.post(PATH, body, "Content-Type", "application/json", "X-Hub-Signature-256", signature).statusCode())
                .isEqualTo(200);
        byte[] reserialised = vector.get("pitfall_same_json_reserialized_as_utf8").get("raw_body").stringValue()
                .getBytes(StandardCharsets.UTF_8);
        assertThat(http.post(PATH, reserialised, "Content-Type", "application/json", "X-Hub-Signature-256", signature)
                .statusCode()).isEqualTo(401);
        assertThat(raw().withKey(FeedbackIds.of(Channel.FACEBOOK, PAGE, "122145556677889900_987654321012345")))
                .extracting(RawFeedback::getText).contains("Đèn đường hỏng");
    }

    @Test
    void acceptsTheLegacySha1SignatureWhenSha256IsAbsent() {
        byte[] body = messenger("m_sha1_" + System.nanoTime(), "Xin kiểm tra cống");
        HttpResponse<String> response = http.post(PATH, body, "Content-Type", "application/json",
                "X-Hub-Signature", Signing.facebookSha1(body));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void refusesATamperedBodyAndProducesNothing() {
        String mid = "m_tampered_" + System.nanoTime();
        byte[] signedBody = messenger(mid, "Nội dung gốc");
        byte[] tampered = new String(signedBody, StandardCharsets.UTF_8).replace("Nội dung gốc", "Nội dung sửa")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = http.post(PATH, tampered, "Content-Type", "application/json",
                "X-Hub-Signature-256", Signing.facebook(signedBody));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("https://phananh.vn/problems/invalid-signature").doesNotContain("Nội dung");
        assertThat(raw().withKey(FeedbackIds.of(Channel.FACEBOOK, PAGE, mid))).isEmpty();
    }

    @Test
    void refusesAPageNoUnitOwns() {
        byte[] body = """
                {"object":"page","entry":[{"id":"777777","time":1,"messaging":[{"sender":{"id":"5"},"timestamp":1,
                 "message":{"mid":"m_unknown_page","text":"a"}}]}]}""".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = postSigned(body);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("https://phananh.vn/problems/unknown-account");
        assertThat(raw().withKey(FeedbackIds.of(Channel.FACEBOOK, "777777", "m_unknown_page"))).isEmpty();
    }

    @Test
    void answersTheVerificationChallengeOnlyForTheRightToken() {
        JsonNode request = Fixtures.json("facebook-verify-request.json").get("query");
        String query = "?hub.mode=subscribe&hub.challenge=" + request.get("hub.challenge").stringValue()
                + "&hub.verify_token=";

        HttpResponse<String> ok = http.get(PATH + query + request.get("hub.verify_token").stringValue());
        HttpResponse<String> wrong = http.get(PATH + query + "not-the-token");

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");
        assertThat(ok.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).contains("verification-failed");
    }

    static byte[] messenger(String mid, String text) {
        return """
                {"object":"page","entry":[{"id":"104729385610293","time":1732702000123,"messaging":[{"sender":{"id":"2719384756102938"},
                 "recipient":{"id":"104729385610293"},"timestamp":1732702000001,"message":{"mid":"%s","text":"%s"}}]}]}"""
                .formatted(mid, text).getBytes(StandardCharsets.UTF_8);
    }
}
