package vn.phananh.ingest.rating;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phananh.avro.Channel;
import vn.phananh.avro.Rating;
import vn.phananh.ingest.support.IngestServiceTest;
import vn.phananh.ingest.support.Signing;
import vn.phananh.ingest.support.TopicReader;
import vn.phananh.ingest.system.IngestProperties;
import vn.phananh.schema.FeedbackIds;
import vn.phananh.schema.RatingReplies;
import vn.phananh.schema.Topics;
import vn.phananh.schema.TrackingCodes;
import vn.phananh.testsupport.RealServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen taps a rating button under an answer (a Messenger quick reply, a Zalo query button): the
 * webhook's message is their rating of the answered feedback, on the ratings topic keyed by that
 * feedback, and not a new feedback. Only a pair of tracking code and feedbackId this deployment
 * issued counts. Real broker, the whole service.
 */
class ChatRatingsTest extends IngestServiceTest {

    private static final String PAGE = "104729385610293";
    private static final String UNIT = "xa-hung-cuong";
    private static TopicReader<Rating> ratings;

    @Autowired
    IngestProperties properties;

    @AfterAll
    static void close() {
        if (ratings != null) {
            ratings.close();
        }
    }

    private static synchronized TopicReader<Rating> ratings() {
        if (ratings == null) {
            ratings = new TopicReader<>(RealServices.kafka().bootstrapServers(), Topics.RATINGS);
        }
        return ratings;
    }

    private String payload(String feedbackId, boolean satisfied) {
        String code = new TrackingCodes(properties.tracking().key()).codeOf(UNIT, feedbackId);
        return RatingReplies.buttons(code, feedbackId).get(satisfied ? 0 : 1).payload();
    }

    private HttpResponse<String> messenger(String mid, String quickReplyPayload) {
        byte[] body = """
                {"object":"page","entry":[{"id":"%1$s","time":1732702000123,"messaging":[{"sender":{"id":"2719384756102938"},
                "recipient":{"id":"%1$s"},"timestamp":1732702000001,"message":{"mid":"%2$s","text":"Chưa hài lòng",
                "quick_reply":{"payload":"%3$s"}}}]}]}""".formatted(PAGE, mid, quickReplyPayload).getBytes(StandardCharsets.UTF_8);
        return http.post("/webhooks/facebook", body, "Content-Type", "application/json", "X-Hub-Signature-256",
                Signing.facebook(body));
    }

    private HttpResponse<String> zalo(String msgId, String text) {
        byte[] body = """
                {"app_id":"%1$s","sender":{"id":"8958041078911298472"},"user_id_by_app":"7300442764876318465",
                "recipient":{"id":"%2$s"},"event_name":"user_send_text","message":{"text":"%3$s","msg_id":"%4$s"},
                "timestamp":"1732703000123"}""".formatted(Signing.ZALO_APP_ID, Signing.ZALO_OA, text, msgId)
                .getBytes(StandardCharsets.UTF_8);
        return http.post("/webhooks/zalo", body, "Content-Type", "application/json", "X-ZEvent-Signature",
                Signing.zalo(body));
    }

    @Test
    void aMessengerQuickReplyIsTheRatingOfTheAnswerAndNotANewFeedback() {
        String feedbackId = UUID.randomUUID().toString();
        String mid = "m_rate-" + UUID.randomUUID();

        assertThat(messenger(mid, payload(feedbackId, false)).statusCode()).isEqualTo(200);
        // The platform redelivers: the same rating id, which the processor applies once.
        assertThat(messenger(mid, payload(feedbackId, false)).statusCode()).isEqualTo(200);

        List<Rating> stored = ratings().withKey(feedbackId);
        assertThat(stored).hasSize(2).allSatisfy(r -> {
            assertThat(r.getRatingId()).isEqualTo(FeedbackIds.of(Channel.FACEBOOK, PAGE, mid));
            assertThat(r.getFeedbackId()).isEqualTo(feedbackId);
            assertThat(r.getUnitCode()).isEqualTo(UNIT);
            assertThat(r.getSatisfied()).isFalse();
            assertThat(r.getSource()).isEqualTo("messenger");
            assertThat(r.getAt().toEpochMilli()).isEqualTo(1732702000001L);
        });
        assertThat(raw().withKey(FeedbackIds.of(Channel.FACEBOOK, PAGE, mid))).isEmpty();
    }

    @Test
    void aZaloButtonsPayloadSentAsTheUsersTextIsTheirRating() {
        String feedbackId = UUID.randomUUID().toString();
        String msgId = "zrate" + UUID.randomUUID().toString().replace("-", "");

        assertThat(zalo(msgId, payload(feedbackId, true)).statusCode()).isEqualTo(200);

        List<Rating> stored = ratings().withKey(feedbackId);
        assertThat(stored).singleElement().satisfies(r -> {
            assertThat(r.getRatingId()).isEqualTo(FeedbackIds.of(Channel.ZALO, Signing.ZALO_OA, msgId));
            assertThat(r.getSatisfied()).isTrue();
            assertThat(r.getSource()).isEqualTo("zalo");
        });
        assertThat(raw().withKey(FeedbackIds.of(Channel.ZALO, Signing.ZALO_OA, msgId))).isEmpty();
    }

    @Test
    void aPayloadWhoseCodeWasNotIssuedForItsFeedbackRatesNothing() {
        String rated = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        // The code of one feedback with the id of another: a forged or garbled payload.
        String forged = payload(other, true).replace(other, rated);
        String mid = "m_forged-" + UUID.randomUUID();

        HttpResponse<String> response = messenger(mid, forged);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"rejected\":1");
        assertThat(ratings().withKey(rated)).isEmpty();
        assertThat(ratings().withKey(other)).isEmpty();
    }

    @Test
    void typedTextThatOnlyLooksLikeARatingIsFeedback() {
        String msgId = "ztext" + UUID.randomUUID().toString().replace("-", "");

        zalo(msgId, "Tôi chưa hài lòng với câu trả lời về đèn đường");

        assertThat(raw().withKey(FeedbackIds.of(Channel.ZALO, Signing.ZALO_OA, msgId))).singleElement()
                .satisfies(f -> assertThat(f.getText()).startsWith("Tôi chưa hài lòng"));
    }
}
