package vn.phananh.ingest.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.phananh.avro.AttachmentType;
import vn.phananh.avro.Channel;
import vn.phananh.avro.ChannelEvent;
import vn.phananh.avro.ChannelEventType;
import vn.phananh.avro.RawFeedback;
import vn.phananh.ingest.account.ZaloAccount;
import vn.phananh.ingest.http.IngestException;
import vn.phananh.ingest.publishing.Intake;
import vn.phananh.ingest.support.Fixtures;
import vn.phananh.schema.FeedbackIds;
import vn.phananh.web.ProblemType;

class ZaloPayloadMapperTest {

    private static final String OA = "4024926008133882615";
    private static final ZaloAccount ACCOUNT = new ZaloAccount(OA, "1234567890123456789", "s", "xa-hung-cuong");
    private static final Instant NOW = Instant.parse("2024-11-27T10:00:00Z");

    private static RawFeedback feedback(String fixture) {
        Intake intake = ZaloPayloadMapper.map(Fixtures.json(fixture), ACCOUNT, NOW);
        assertThat(intake).isInstanceOf(Intake.Feedback.class);
        return ((Intake.Feedback) intake).value();
    }

    private static JsonNode json(String json) {
        return JsonMapper.builder().build().readTree(json);
    }

    static Stream<Arguments> userMessages() {
        return Stream.of(
                Arguments.of("zalo-user-send-text-minimal.json", "e2a641af6661713b2874", "Đường Phan Chu Trinh mất điện từ sáng", null, 1732703000123L),
                Arguments.of("zalo-user-send-image.json", "a1b2c3d4e5f6a7b8c9d0", "Cây đổ chắn đường", AttachmentType.IMAGE, 1732703100456L),
                Arguments.of("zalo-user-send-location.json", "b8de7d84fa1b3043690c", "Chợ Hàn, Đà Nẵng", AttachmentType.LOCATION, 1732703200789L),
                Arguments.of("zalo-user-send-file.json", "c9d0e1f2a3b4c5d6e7f8", "", AttachmentType.FILE, 1732703300012L),
                Arguments.of("zalo-user-send-sticker.json", "d0e1f2a3b4c5d6e7f8a9", "", AttachmentType.STICKER, 1732703400345L));
    }

    @ParameterizedTest
    @MethodSource("userMessages")
    void mapsEveryUserMessageFixture(String fixture, String msgId, String text, AttachmentType attachment, long time) {
        RawFeedback f = feedback(fixture);

        assertThat(f.getFeedbackId()).isEqualTo(FeedbackIds.of(Channel.ZALO, OA, msgId));
        assertThat(f.getExternalId()).isEqualTo(msgId);
        assertThat(f.getUnitCode()).isEqualTo("xa-hung-cuong");
        assertThat(f.getSourceAccount()).isEqualTo(OA);
        assertThat(f.getText()).isEqualTo(text);
        assertThat(f.getAuthor().getId()).isEqualTo("8958041078911298472");
        assertThat(f.getThreadId()).isEqualTo("8958041078911298472");
        assertThat(f.getOccurredAt()).isEqualTo(Instant.ofEpochMilli(time));
        assertThat(f.getAttributes()).containsEntry("userIdByApp", "7300442764876318465");
        assertThat(f.getAttachments().stream().map(a -> a.getType()).toList())
                .isEqualTo(attachment == null ? java.util.List.of() : java.util.List.of(attachment));
    }

    @Test
    void keepsTheCoordinatesOfALocation() {
        assertThat(feedback("zalo-user-send-location.json").getAttachments()).singleElement().satisfies(a -> {
            assertThat(a.getLatitude()).isEqualTo(16.0678);
            assertThat(a.getLongitude()).isEqualTo(108.2208);
        });
    }

    @Test
    void keepsFileNameAndImageUrl() {
        assertThat(feedback("zalo-user-send-file.json").getAttachments().getFirst().getName()).isEqualTo("don-phan-anh.pdf");
        assertThat(feedback("zalo-user-send-image.json").getAttachments().getFirst().getUrl())
                .isEqualTo("https://f21-zpc.zdn.vn/example/full.jpg");
    }

    @Test
    void recordsAFollowAsAChannelEvent() {
        JsonNode follow = Fixtures.json("zalo-follow.json");
        assertThat(ZaloPayloadMapper.oaId(follow)).isEqualTo(OA);

        Intake intake = ZaloPayloadMapper.map(follow, ACCOUNT, NOW);

        assertThat(intake).isInstanceOf(Intake.Event.class);
        ChannelEvent event = ((Intake.Event) intake).value();
        assertThat(event.getType()).isEqualTo(ChannelEventType.FOLLOW);
        assertThat(event.getUserId()).isEqualTo("8958041078911298472");
        assertThat(event.getUnitCode()).isEqualTo("xa-hung-cuong");
        assertThat(event.getOccurredAt()).isEqualTo(Instant.ofEpochMilli(1732703500678L));
        assertThat(ZaloPayloadMapper.map(follow, ACCOUNT, NOW.plusSeconds(5)))
                .extracting(i -> ((Intake.Event) i).value().getEventId()).isEqualTo(event.getEventId());
    }

    @ParameterizedTest
    @ValueSource(strings = { "unfollow:UNFOLLOW", "user_seen_message:SEEN", "user_received_message:RECEIVED",
            "user_click_button:OTHER" })
    void recordsNonFeedbackEvents(String nameAndType) {
        String[] parts = nameAndType.split(":");
        Intake intake = ZaloPayloadMapper.map(json("""
                {"app_id":"1","event_name":"%s","sender":{"id":"77"},"recipient":{"id":"%s"},"timestamp":"1732703500000"}
                """.formatted(parts[0], OA)), ACCOUNT, NOW);

        assertThat(intake).isInstanceOf(Intake.Event.class);
        assertThat(((Intake.Event) intake).value().getType()).isEqualTo(ChannelEventType.valueOf(parts[1]));
    }

    @Test
    void marksAnonymousMessagesAnonymous() {
        Intake intake = ZaloPayloadMapper.map(json("""
                {"app_id":"1","event_name":"anonymous_send_text","sender":{"id":"anon-77"},"recipient":{"id":"%s"},
                 "message":{"msg_id":"x1","text":"Có người đổ trộm rác ở bờ sông"},"timestamp":"1732703500000"}
                """.formatted(OA)), ACCOUNT, NOW);

        RawFeedback f = ((Intake.Feedback) intake).value();
        assertThat(f.getAuthor().getAnonymous()).isTrue();
        assertThat(f.getAuthor().getId()).isNull();
        assertThat(f.getSourceEvent()).isEqualTo("anonymous_send_text");
    }

    @Test
    void skipsTheOasOwnMessagesAndFindsTheOaAsSender() {
        JsonNode echo = json("""
                {"app_id":"1","event_name":"oa_send_text","sender":{"id":"%s"},"recipient":{"id":"77"},
                 "message":{"msg_id":"x2","text":"Cảm ơn"},"timestamp":"1"}
                """.formatted(OA));

        assertThat(ZaloPayloadMapper.oaId(echo)).isEqualTo(OA);
        assertThat(ZaloPayloadMapper.map(echo, ACCOUNT, NOW)).isEqualTo(new Intake.Skipped("echo"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"event_name\":\"user_send_text\",\"recipient\":{\"id\":\"4024926008133882615\"},\"timestamp\":\"1\",\"message\":{\"text\":\"no id\"}}",
            "{\"event_name\":\"user_send_text\",\"recipient\":{\"id\":\"4024926008133882615\"},\"timestamp\":\"1\",\"message\":\"x\"}",
            "{\"event_name\":\"user_send_text\",\"recipient\":{\"id\":\"4024926008133882615\"},\"timestamp\":\"soon\",\"message\":{\"msg_id\":\"1\"}}",
            "{\"event_name\":42.5,\"recipient\":{\"id\":\"4024926008133882615\"},\"timestamp\":\"1\"}",
            "{\"event_name\":\"user_send_location\",\"recipient\":{\"id\":\"4024926008133882615\"},\"timestamp\":\"1\",\"message\":{\"msg_id\":\"1\",\"attachments\":[{\"type\":\"location\",\"payload\":{\"coordinates\":{\"latitude\":\"bắc\",\"longitude\":\"1\"}}}]}}",
            "{\"event_name\":\"user_send_location\",\"recipient\":{\"id\":\"4024926008133882615\"},\"timestamp\":\"1\",\"message\":{\"msg_id\":\"1\",\"attachments\":[{\"type\":\"location\",\"payload\":{\"coordinates\":{\"latitude\":\"91\",\"longitude\":\"1\"}}}]}}",
            "{\"event_name\":\"user_send_image\",\"recipient\":{\"id\":\"4024926008133882615\"},\"timestamp\":\"1\",\"message\":{\"msg_id\":\"1\",\"attachments\":[\"x\"]}}"
    })
    void refusesWrongShapes(String json) {
        assertThatThrownBy(() -> ZaloPayloadMapper.map(json(json), ACCOUNT, NOW)).isInstanceOf(IngestException.class)
                .extracting(ex -> ((IngestException) ex).problem()).isEqualTo(ProblemType.INVALID_PAYLOAD);
    }

    @Test
    void refusesAnEventWithoutOa() {
        assertThatThrownBy(() -> ZaloPayloadMapper.oaId(json("{\"event_name\":\"user_send_text\",\"timestamp\":\"1\"}")))
                .isInstanceOf(IngestException.class);
    }
}
