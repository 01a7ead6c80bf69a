package vn.phananh.outbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import vn.phananh.avro.Channel;
import vn.phananh.avro.DeliveryOutcome;
import vn.phananh.avro.OutboundKind;
import vn.phananh.avro.OutboundMessage;
import vn.phananh.outbox.channel.Callback;
import vn.phananh.outbox.channel.FacebookGraph;
import vn.phananh.outbox.channel.Http;
import vn.phananh.outbox.channel.ZaloOa;
import vn.phananh.outbox.delivery.Deliverer;
import vn.phananh.outbox.delivery.OutboxMetrics;
import vn.phananh.outbox.delivery.Outcome;
import vn.phananh.outbox.delivery.Planner;
import vn.phananh.outbox.delivery.Route;
import vn.phananh.outbox.delivery.Wording;
import vn.phananh.schema.RatingReplies;
import vn.phananh.units.SecretRef;
import vn.phananh.units.UnitDefinition;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each route against the local platforms, request by request: what is sent (path, parameters,
 * token, proof, body), and what their answers come to, with the back-off between retries.
 */
class DeliveryTest {

    static final String APP_SECRET = "app-secret-of-delivery-test";
    static final String PAGE = "104729385610293";
    static final String PAGE_TOKEN = "EAApagetokenfortests";
    static final String OA = "4024926008133882615";
    static final String OA_TOKEN = "oa-token-for-tests";
    static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
    static final String CODE = "HC-7K4P-2QX9M";
    static final String FEEDBACK_ID = "3f1c2b9e-0c0d-3a4b-9c8d-112233445566";

    static final FakePlatforms platforms = start();
    final List<Duration> sleeps = new ArrayList<>();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    UnitDefinition unit = unit("http://127.0.0.1:" + platforms.url().getPort() + "/callback/cong-gop-y");
    /** What the unit's token references resolve to in this process. */
    Map<String, String> env = Map.of("PAGE_TOKEN", PAGE_TOKEN, "OA_TOKEN", OA_TOKEN, "OA_KEY", "k");

    static FakePlatforms start() {
        try {
            return new FakePlatforms(APP_SECRET).pageToken(PAGE_TOKEN).oaToken(OA_TOKEN);
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @AfterAll
    static void stop() {
        platforms.close();
    }

    @BeforeEach
    void reset() {
        platforms.reset();
    }

    static UnitDefinition unit(String callbackUrl) {
        return new UnitDefinition("xa-hung-cuong", "Xã Hùng Cường", "Hùng Cường", 1, NOW, "/units/xa-hung-cuong",
                List.of(PAGE), List.of(new UnitDefinition.ZaloAccount(OA, "app", new SecretRef("env:OA_KEY"), new SecretRef("env:OA_TOKEN"))),
                List.of(), List.of(new UnitDefinition.ApiKey("cong-gop-y", new SecretRef("0".repeat(64)), callbackUrl)),
                new UnitDefinition.Gazetteer(List.of(), List.of()), UnitDefinition.Deadlines.defaults(), List.of(),
                Map.of(PAGE, new SecretRef("env:PAGE_TOKEN")));
    }

    Deliverer deliverer() {
        Http http = new Http(HttpClient.newHttpClient(), Duration.ofSeconds(5));
        Planner planner = new Planner(code -> Optional.ofNullable(code.equals(unit.code()) ? unit : null),
                new SecretRef.Secrets(env, Path.of("target")),
                new FacebookGraph(http, platforms.url(), FakePlatforms.VERSION, APP_SECRET), new ZaloOa(http, platforms.url()),
                new Callback(http), new Wording(URI.create("https://phananh.example/tra-cuu")), Duration.ofHours(24),
                Duration.ofHours(48), Clock.fixed(NOW, ZoneOffset.UTC));
        return new Deliverer(planner, 5, attempt -> Duration.ofSeconds(1L << (attempt - 1)), sleeps::add, new OutboxMetrics(meters));
    }

    static OutboundMessage.Builder message(Channel channel, String sourceEvent, OutboundKind kind) {
        String account = switch (channel) {
            case FACEBOOK -> PAGE;
            case ZALO -> OA;
            case API -> "cong-gop-y";
            default -> "mot-cua-xa-hung-cuong";
        };
        return OutboundMessage.newBuilder().setMessageId(FEEDBACK_ID + "#2").setFeedbackId(FEEDBACK_ID).setRevision(2).setUnitCode("xa-hung-cuong")
                .setKind(kind).setChannel(channel).setSourceAccount(account).setSourceEvent(sourceEvent)
                .setExternalId("122145556677889900_987654321012345").setRecipientId("6100012345").setTrackingCode(CODE)
                .setFirst(true).setAnswerText(kind == OutboundKind.ANSWER ? "Xã đã cho sửa đèn đường, liên hệ 0912345678." : null)
                .setLastInboundAt(NOW.minus(Duration.ofHours(2))).setCreatedAt(NOW);
    }

    @Test
    void repliesUnderTheCommentWithTokenProofAndTheTrackingCode() throws Exception {
        Outcome outcome = deliverer().deliver(message(Channel.FACEBOOK, "feed/comment/add", OutboundKind.ACKNOWLEDGEMENT).build());

        assertThat(outcome.outcome()).isEqualTo(DeliveryOutcome.SENT);
        assertThat(outcome.route()).isEqualTo(Route.FACEBOOK_COMMENT);
        assertThat(outcome.platformId()).startsWith("122145556677889900_987654321012345_");
        assertThat(platforms.violations()).isEmpty();
        FakePlatforms.Request r = platforms.requests().getFirst();
        assertThat(r.path()).isEqualTo("/v21.0/122145556677889900_987654321012345/comments");
        assertThat(r.query()).containsOnly(Map.entry("access_token", PAGE_TOKEN),
                Map.entry("appsecret_proof", hmacSha256Hex(APP_SECRET, PAGE_TOKEN)));
        assertThat(r.body().get("message").asString()).isEqualTo("""
                Xã Hùng Cường đã tiếp nhận phản ánh của bạn và đang xem xét, giải quyết.
                Mã tra cứu: HC-7K4P-2QX9M. Theo dõi tại https://phananh.example/tra-cuu?ma=HC-7K4P-2QX9M""");
    }

    @Test
    void anAnswerOnAPublicCommentIsMasked() throws Exception {
        deliverer().deliver(message(Channel.FACEBOOK, "feed/comment/add", OutboundKind.ANSWER).setFirst(false).build());

        String text = platforms.requests().getFirst().body().get("message").asString();
        assertThat(text).startsWith("Xã Hùng Cường trả lời phản ánh của bạn: Xã đã cho sửa đèn đường")
                .doesNotContain("0912345678").endsWith("\nXem và đánh giá trả lời tại https://phananh.example/tra-cuu?ma=HC-7K4P-2QX9M");
    }

    @Test
    void answersInMessengerWithinTheStandardWindow() throws Exception {
        Outcome outcome = deliverer().deliver(message(Channel.FACEBOOK, "messages", OutboundKind.ANSWER).build());

        assertThat(outcome.outcome()).isEqualTo(DeliveryOutcome.SENT);
        assertThat(outcome.platformId()).startsWith("m_fake");
        assertThat(platforms.violations()).isEmpty();
        FakePlatforms.Request r = platforms.requests().getFirst();
        assertThat(r.path()).isEqualTo("/v21.0/me/messages");
        assertThat(r.query().get("appsecret_proof")).isEqualTo(hmacSha256Hex(APP_SECRET, PAGE_TOKEN));
        assertThat(r.body().get("recipient").get("id").asString()).isEqualTo("6100012345");
        assertThat(r.body().get("messaging_type").asString()).isEqualTo("RESPONSE");
        assertThat(r.body().get("message").get("text").asString()).contains("Mã tra cứu: " + CODE);
        // The answer asks for a rating with two quick replies whose payloads come back to the webhook.
        JsonNode replies = r.body().get("message").get("quick_replies");
        assertThat(replies).hasSize(2);
        assertThat(replies.get(0).get("content_type").asString()).isEqualTo("text");
        assertThat(replies.get(0).get("title").asString()).isEqualTo("Hài lòng");
        assertThat(replies.get(1).get("title").asString()).isEqualTo("Chưa hài lòng");
        assertThat(RatingReplies.parse(replies.get(0).get("payload").asString()))
                .contains(new RatingReplies.Reply(CODE, FEEDBACK_ID, true));
        assertThat(RatingReplies.parse(replies.get(1).get("payload").asString()))
                .contains(new RatingReplies.Reply(CODE, FEEDBACK_ID, false));
    }

    @Test
    void anAcknowledgementInMessengerAsksForNoRating() throws Exception {
        deliverer().deliver(message(Channel.FACEBOOK, "messages", OutboundKind.ACKNOWLEDGEMENT).build());

        assertThat(platforms.violations()).isEmpty();
        assertThat(platforms.requests().getFirst().body().get("message").has("quick_replies")).isFalse();
    }

    @Test
    void outsideMessengersWindowNothingIsSentAndTheReasonRecorded() throws Exception {
        Outcome outcome = deliverer().deliver(message(Channel.FACEBOOK, "messages", OutboundKind.ANSWER)
                .setLastInboundAt(NOW.minus(Duration.ofHours(25))).build());

        assertThat(outcome.outcome()).isEqualTo(DeliveryOutcome.NOT_SENT);
        assertThat(outcome.reason()).contains("24-hour standard messaging window");
        assertThat(platforms.requests()).isEmpty();
    }

    @Test
    void whenMetaSaysTheWindowIsClosedItIsRecordedNotSent() throws Exception {
        platforms.closeConversation("6100012345");

        Outcome outcome = deliverer().deliver(message(Channel.FACEBOOK, "messages", OutboundKind.ANSWER).build());

        assertThat(outcome.outcome()).isEqualTo(DeliveryOutcome.NOT_SENT);
        assertThat(outcome.reason()).contains("graph error 10/2018278");
        assertThat(platforms.requests()).hasSize(1);
    }

    @Test
    void rateLimitsAreRetriedWithExponentialBackOff() throws Exception {
        platforms.script("comments", FakePlatforms.graphError(403, 4, null, "(#4) Application request limit reached"),
                FakePlatforms.graphError(403, 32, null, "(#32) Page request limit reached"),
                FakePlatforms.graphError(400, 613, null, "(#613) Calls to this api have exceeded the rate limit."));

        Outcome outcome = deliverer().deliver(message(Channel.FACEBOOK, "feed/comment/add", OutboundKind.ANSWER).build());

        assertThat(outcome.outcome()).isEqualTo(DeliveryOutcome.SENT);
        assertThat(outcome.attempts()).isEqualTo(4);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(meters.get("phananh.outbox.requests").tag("route", "facebook-comment").tag("result", "retriable")
                .counter().count()).isEqualTo(3);
    }

    @Test
    void afterTheLastRetryTheMessageFailsWithThePlatformsError() throws Exception {
        for (int i = 0; i < 5; i++) {
            platforms.script("comments", FakePlatforms.graphError(400, 613, null, "(#613) Calls to this api have exceeded the rate limit."));
        }

        Outcome outcome = deliverer().deliver(message(Channel.FACEBOOK, "feed/comment/add", OutboundKind.ANSWER).build());

        assertThat(outcome.outcome()).isEqualTo(DeliveryOutcome.FAILED);
        assertThat(outcome.attempts()).isEqualTo(5);
        assertThat(outcome.reason()).isEqualTo("after 5 attempts: graph error 613: (#613) Calls to this api have exceeded the rate limit.");
        assertThat(sleeps).hasSize(4);
    }

    @Test
    void aGatewayErrorWithoutGraphsErrorObjectIsRetried() throws Exception {
        platforms.script("messages", new FakePlatforms.Answer(502, "<html>Bad Gateway</html>"));

        Outcome outcome = deliverer().deliver(message(Channel.FACEBOOK, "messages", OutboundKind.ANSWER).build());

        assertThat(outcome.outcome()).isEqualTo(DeliveryOutcome.SENT);
        assertThat(outcome.attempts()).isEqualTo(2);
    }

    @Test
    void anInvalidPageTokenFailsAtOnce() throws Exception {
        env = Map.of("PAGE_TOKEN", "EAAexpiredtoken", "OA_TOKEN", OA_TOKEN);

        Outcome outcome = deliverer().deliver(message(Channel.FACEBOOK, "feed/comment/add", OutboundKind.ANSWER).build());

        assertThat(outcome.outcome()).isEqualTo(DeliveryOutcome.FAILED);
        assertThat(outcome.attempts()).isEqualTo(1);
        assertThat(outcome.reason()).startsWith("graph error 190");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void sendsAZaloConsultationMessageWithTheTokenInItsHeader() throws Exception {
        Outcome outcome = deliverer().deliver(message(Channel.ZALO, "user_send_text", OutboundKind.ACKNOWLEDGEMENT)
                .setRecipientId("2468458835296117922").build());

        assertThat(outcome.outcome()).isEqualTo(DeliveryOutcome.SENT);
        assertThat(outcome.platformId()).startsWith("zmsg");
        assertThat(platforms.violations()).isEmpty();
        FakePlatforms.Request r = platforms.requests().getFirst();
        assertThat(r.path()).isEqualTo("/v3.0/oa/message/cs");
        assertThat(r.query()).isEmpty();
        assertThat(r.headers()).containsEntry("access_token", OA_TOKEN);
        assertThat(r.body().get("recipient").get("user_id").asString()).isEqualTo("2468458835296117922");
        assertThat(r.body().get("message").get("text").asString()).contains("Mã tra cứu: " + CODE);
        assertThat(r.body().get("message").has("attachment")).isFalse();
    }

    @Test
    void aZaloAnswerCarriesTwoRatingButtonsWhosePayloadComesBackAsTheUsersMessage() throws Exception {
        Outcome outcome = deliverer().deliver(message(Channel.ZALO, "user_send_text", OutboundKind.ANSWER)
                .setRecipientId("2468458835296117922").build());

        assertThat(outcome.outcome()).isEqualTo(DeliveryOutcome.SENT);
        assertThat(platforms.violations()).isEmpty();
        JsonNode attachment = platforms.requests().getFirst().body().get("message").get("attachment");
        assertThat(attachment.get("type").asString()).isEqualTo("template");
        JsonNode buttons = attachment.get("payload").get("buttons");
        assertThat(buttons).hasSize(2);
        assertThat(buttons.get(0).get("type").asString()).isEqualTo("oa.query.hide");
        assertThat(buttons.get(0).get("title").asString()).isEqualTo("Hài lòng");
        assertThat(RatingReplies.parse(buttons.get(1).get("payload").asString()))
                .contains(new RatingReplies.Reply(CODE, FEEDBACK_ID, false));
    }

    @ParameterizedTest
    @CsvSource({"-216, FAILED, 1", "-230, NOT_SENT, 1", "-32, SENT, 2"})
    void zalosErrorsComeToWhatTheyMean(int error, DeliveryOutcome expected, int attempts) throws Exception {
        platforms.script("zalo", FakePlatforms.zaloError(error, "error " + error));

        Outcome outcome = deliverer().deliver(message(Channel.ZALO, "user_send_text", OutboundKind.ANSWER).build());

        assertThat(outcome.outcome()).isEqualTo(expected);
        assertThat(outcome.attempts()).isEqualTo(attempts);
    }

    @Test
    void anInvalidOaTokenIsZalosMinus216() throws Exception {
        env = Map.of("PAGE_TOKEN", PAGE_TOKEN, "OA_TOKEN", "oa-token-revoked");

        Outcome outcome = deliverer().deliver(message(Channel.ZALO, "user_send_text", OutboundKind.ANSWER).build());

        assertThat(outcome.outcome()).isEqualTo(DeliveryOutcome.FAILED);
        assertThat(outcome.reason()).isEqualTo("zalo error -216: Access token is invalid");
    }

    @Test
    void outsideZalosWindowNothingIsSent() throws Exception {
        Outcome outcome = deliverer().deliver(message(Channel.ZALO, "user_send_text", OutboundKind.ANSWER)
                .setLastInboundAt(NOW.minus(Duration.ofHours(49))).build());

        assertThat(outcome.outcome()).isEqualTo(DeliveryOutcome.NOT_SENT);
        assertThat(outcome.reason()).contains("Zalo's consultation-message window");
        assertThat(platforms.requests()).isEmpty();
    }

    @Test
    void anIntegrationGetsItsCallbackRetriedAfterA5xx() throws Exception {
        platforms.script("callback", new FakePlatforms.Answer(503, "{}"));

        Outcome outcome = deliverer().deliver(message(Channel.API, "api", OutboundKind.ANSWER).build());

        assertThat(outcome.outcome()).isEqualTo(DeliveryOutcome.SENT);
        assertThat(outcome.attempts()).isEqualTo(2);
        FakePlatforms.Request r = platforms.requests().getLast();
        assertThat(r.path()).isEqualTo("/callback/cong-gop-y");
        assertThat(r.body().get("feedbackId").asString()).isEqualTo(FEEDBACK_ID);
        assertThat(r.body().get("kind").asString()).isEqualTo("ANSWER");
        assertThat(r.body().get("trackingCode").asString()).isEqualTo(CODE);
        assertThat(r.body().get("trackingUrl").asString()).isEqualTo("https://phananh.example/tra-cuu?ma=HC-7K4P-2QX9M");
    }

    @Test
    void whatHasNoRouteIsRecordedWithTheReason() throws Exception {
        unit = unit(null);
        Deliverer deliverer = deliverer();

        Outcome api = deliverer.deliver(message(Channel.API, "api", OutboundKind.ANSWER).build());
        Outcome desk = deliverer.deliver(message(Channel.DESK, "desk", OutboundKind.ANSWER).build());
        Outcome anonymous = deliverer.deliver(message(Channel.ZALO, "anonymous_send_text", OutboundKind.ANSWER).setRecipientId(null).build());
        Outcome unknownUnit = deliverer.deliver(message(Channel.FACEBOOK, "messages", OutboundKind.ANSWER).setUnitCode("xa-khac").build());

        assertThat(api.outcome()).isEqualTo(DeliveryOutcome.NOT_SENT);
        assertThat(api.reason()).contains("registered no callback URL");
        assertThat(desk.reason()).startsWith("desk:");
        assertThat(anonymous.reason()).contains("anonymous");
        assertThat(unknownUnit.outcome()).isEqualTo(DeliveryOutcome.FAILED);
        assertThat(platforms.requests()).isEmpty();
    }

    static String hmacSha256Hex(String key, String data) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(data.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
