package vn.phananh.ingest.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;

import vn.phananh.avro.ChannelEvent;
import vn.phananh.avro.ChannelEventType;
import vn.phananh.avro.Channel;
import vn.phananh.avro.RawFeedback;
import vn.phananh.ingest.support.Fixtures;
import vn.phananh.ingest.support.IngestServiceTest;
import vn.phananh.ingest.support.Signing;
import vn.phananh.schema.FeedbackIds;

class ZaloWebhookTest extends IngestServiceTest {

    private static final String PATH = "/webhooks/zalo";

    private HttpResponse<String> postSigned(byte[] body) {
        return http.post(PATH, body, "Content-Type", "application/json", "X-ZEvent-Signature", Signing.zalo(body));
    }

    @ParameterizedTest
    @CsvSource({
            "zalo-user-send-text-minimal.json, e2a641af6661713b2874, user_send_text",
            "zalo-user-send-image.json,        a1b2c3d4e5f6a7b8c9d0, user_send_image",
            "zalo-user-send-location.json,     b8de7d84fa1b3043690c, user_send_location",
            "zalo-user-send-file.json,         c9d0e1f2a3b4c5d6e7f8, user_send_file",
            "zalo-user-send-sticker.json,      d0e1f2a3b4c5d6e7f8a9, user_send_sticker" })
    void acceptsEveryMessageFixture(String fixture, String msgId, String event) {
        HttpResponse<String> response = postSigned(Fixtures.bytes(fixture));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(raw().withKey(FeedbackIds.of(Channel.ZALO, Signing.ZALO_OA, msgId))).isNotEmpty().allSatisfy(f -> {
            assertThat(f.getUnitCode()).isEqualTo("xa-hung-cuong");
            assertThat(f.getSourceEvent()).isEqualTo(event);
            assertThat(f.getExternalId()).isEqualTo(msgId);
        });
    }

    @Test
    void storesLocationCoordinates() {
        postSigned(Fixtures.bytes("zalo-user-send-location.json"));

        RawFeedback location = raw().withKey(FeedbackIds.of(Channel.ZALO, Signing.ZALO_OA, "b8de7d84fa1b3043690c")).getFirst();
        assertThat(location.getAttachments().getFirst().getLatitude()).isEqualTo(16.0678);
        assertThat(location.getAttachments().getFirst().getLongitude()).isEqualTo(108.2208);
        assertThat(location.getText()).isEqualTo("Chợ Hàn, Đà Nẵng");
    }

    @Test
    void recordsAFollowAsAChannelEventNotFeedback() {
        var before = raw().endOffsets();
        HttpResponse<String> response = postSigned(Fixtures.bytes("zalo-follow.json"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(raw().endOffsets()).isEqualTo(before);
        List<ChannelEvent> follows = events().withKey("xa-hung-cuong").stream()
                .filter(e -> e.getType() == ChannelEventType.FOLLOW && "8958041078911298472".equals(e.getUserId())).toList();
        assertThat(follows).isNotEmpty().allSatisfy(e -> assertThat(e.getSourceAccount()).isEqualTo(Signing.ZALO_OA));
    }

    @Test
    void acceptsTheSignatureVectorAndRefusesATamperedBody() {
        JsonNode vector = Fixtures.json("zalo-signature-vector.json");
        String header = vector.get("headers").get("X-ZEvent-Signature").stringValue();
        String body = vector.get("raw_body").stringValue();
        String tampered = body.replace("e2a641af6661713b2874", "e2a641af6661713b2875");

        assertThat(http.post(PATH, body, "Content-Type", "application/json", "X-ZEvent-Signature", header).statusCode())
                .isEqualTo(200);
        HttpResponse<String> refused = http.post(PATH, tampered, "Content-Type", "application/json",
                "X-ZEvent-Signature", header);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("invalid-signature");
        assertThat(raw().withKey(FeedbackIds.of(Channel.ZALO, Signing.ZALO_OA, "e2a641af6661713b2875"))).isEmpty();
    }

    @Test
    void theSameWebhookTwiceKeepsOneFeedbackId() {
        String msgId = "twice" + System.nanoTime();
        byte[] body = text(Signing.ZALO_OA, msgId, "Nước sinh hoạt bị đục");

        HttpResponse<String> first = postSigned(body);
        HttpResponse<String> second = postSigned(body);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("\"duplicates\":1");
        List<RawFeedback> stored = raw().readToEnd().stream().map(r -> r.value())
                .filter(f -> msgId.equals(f.getExternalId())).toList();
        assertThat(stored).hasSize(1);
        assertThat(stored).extracting(RawFeedback::getFeedbackId).containsOnly(FeedbackIds.of(Channel.ZALO, Signing.ZALO_OA, msgId));
    }

    @Test
    void keepsUnitsApartBySignature() {
        String msgId = "unit2" + System.nanoTime();
        byte[] body = text(Signing.ZALO_OA_2, msgId, "Đèn tín hiệu hỏng");
        String timestamp = "1732703000123";

        HttpResponse<String> withOtherOaSecret = http.post(PATH, body, "Content-Type", "application/json",
                "X-ZEvent-Signature", Signing.zalo(body, timestamp, Signing.ZALO_SECRET));
        HttpResponse<String> withOwnSecret = http.post(PATH, body, "Content-Type", "application/json",
                "X-ZEvent-Signature", Signing.zalo(body, timestamp, Signing.ZALO_SECRET_2));

        assertThat(withOtherOaSecret.statusCode()).isEqualTo(401);
        assertThat(withOwnSecret.statusCode()).isEqualTo(200);
        assertThat(raw().withKey(FeedbackIds.of(Channel.ZALO, Signing.ZALO_OA_2, msgId)))
                .singleElement().extracting(RawFeedback::getUnitCode).isEqualTo("phuong-thach-thang");
    }

    @Test
    void refusesAnOaNoUnitOwns() {
        byte[] body = text("1111111111", "unknown" + System.nanoTime(), "Xin chào");
        var before = raw().endOffsets();

        HttpResponse<String> response = postSigned(body);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("unknown-account");
        assertThat(raw().endOffsets()).isEqualTo(before);
    }

    static byte[] text(String oaId, String msgId, String text) {
        return """
                {"app_id":"1234567890123456789","sender":{"id":"8958041078911298472"},"user_id_by_app":"7300442764876318465","recipient":{"id":"%s"},"event_name":"user_send_text","message":{"text":"%s","msg_id":"%s"},"timestamp":"1732703000123"}"""
                .formatted(oaId, text, msgId).getBytes(StandardCharsets.UTF_8);
    }
}
