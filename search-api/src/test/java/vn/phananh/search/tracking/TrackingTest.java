package vn.phananh.search.tracking;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import vn.phananh.search.ApiTestBase;
import vn.phananh.search.Feedbacks;
import vn.phananh.schema.TrackingCodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/public/track/{code}} against the real node (the page is the web app's): no
 * sign-in, the status, deadline and answer of the code's feedback, never the author; a mistyped
 * code is told apart from an unknown one, and a client that looks up too often gets 429.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrackingTest extends ApiTestBase {

    private static final TrackingCodes CODES = new TrackingCodes("test-key-of-tracking-test");
    private static final HttpClient http = HttpClient.newHttpClient();

    final String answeredId = Feedbacks.newId();
    final String openId = Feedbacks.newId();
    final String deskId = Feedbacks.newId();
    final String answeredCode = CODES.codeOf(Feedbacks.UNIT_A, answeredId);
    final String openCode = CODES.codeOf(Feedbacks.UNIT_B, openId);

    @BeforeAll
    void seed() {
        Instant answeredAt = Instant.now().minus(10, ChronoUnit.MINUTES);
        index(Feedbacks.answered(Feedbacks.feedback(answeredId, Feedbacks.UNIT_A,
                        "Cống thôn 4 bị tắc, gọi 0912 345 678 để chỉ chỗ").setTrackingCode(answeredCode),
                        answeredAt, "Xã đã cho khơi thông cống thôn 4.").build(),
                Feedbacks.feedback(openId, Feedbacks.UNIT_B, "Đèn đường kiệt 12 không sáng").setTrackingCode(openCode).build(),
                Feedbacks.answered(Feedbacks.feedback(deskId, Feedbacks.UNIT_A, "Xin cấp lại giấy khai sinh")
                        .setTrackingCode(CODES.codeOf(Feedbacks.UNIT_A, deskId)), answeredAt, "Đã cấp lại.").build());
    }

    @Test
    @Order(1)
    void anyoneWithTheCodeSeesStatusDeadlineAndAnswerButNoPersonalData() {
        Reply r = api("/api/v1/public/track/" + answeredCode, "198.51.100.1");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        var f = r.json().get("feedback").get(0);
        assertThat(r.json().get("code").asString()).isEqualTo(answeredCode);
        assertThat(f.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(f.get("answer").asString()).isEqualTo("Xã đã cho khơi thông cống thôn 4.");
        assertThat(f.get("deadline").isNull()).isFalse();
        assertThat(f.get("answeredOnTime").asBoolean()).isTrue();
        assertThat(f.get("text").asString()).startsWith("Cống thôn 4 bị tắc").doesNotContain("0912 345 678");
        assertThat(r.body()).doesNotContain("Nguyễn Văn A", Feedbacks.CONTACT, "staff-hung-cuong", answeredId, "author");
    }

    @Test
    @Order(2)
    void aCodeIsReadAsAPersonTypesIt() {
        String typed = answeredCode.toLowerCase().replace("-", "%20");
        Reply r = api("/api/v1/public/track/" + typed, "198.51.100.2");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("code").asString()).isEqualTo(answeredCode);
    }

    @Test
    @Order(3)
    void aMistypedCodeIsAProblemWithAVietnameseDetail() {
        String wrong = answeredCode.substring(0, answeredCode.length() - 2) + swap(answeredCode);
        Reply mistyped = api("/api/v1/public/track/" + wrong, "198.51.100.3");
        Reply malformed = api("/api/v1/public/track/HC-0000", "198.51.100.3");

        assertThat(mistyped.status()).isEqualTo(400);
        assertThat(mistyped.contentType()).startsWith("application/problem+json");
        assertThat(mistyped.json().get("type").asString()).isEqualTo("https://phananh.vn/problems/invalid-tracking-code");
        assertThat(mistyped.json().get("detail").asString()).contains("gõ nhầm");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asString()).contains("không đúng dạng");
    }

    @Test
    @Order(4)
    void aWellFormedCodeOfNoFeedbackIsNotFound() {
        String unknown = CODES.codeOf(Feedbacks.UNIT_A, Feedbacks.newId());
        Reply r = api("/api/v1/public/track/" + unknown, "198.51.100.4");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("type").asString()).isEqualTo("https://phananh.vn/problems/unknown-tracking-code");
        assertThat(r.json().get("detail").asString()).startsWith("Không tìm thấy phản ánh");
    }

    @Test
    @Order(6)
    void theHolderOfTheCodeRatesTheAnswerAndKafkaHoldsIt() {
        Reply r = postAs("/api/v1/public/track/" + answeredCode + "/rating",
                "{\"satisfied\":false,\"score\":2,\"comment\":\"Mới khơi một đoạn, gọi 0912 345 678\"}", "198.51.100.6");

        assertThat(r.status()).as(r.body()).isEqualTo(202);
        String ratingId = r.json().get("ratingId").asString();
        var rating = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> stack.ratings().stream().filter(x -> x.getRatingId().equals(ratingId)).findFirst(),
                        java.util.Optional::isPresent).orElseThrow();
        assertThat(rating.getFeedbackId()).isEqualTo(answeredId);
        assertThat(rating.getUnitCode()).isEqualTo(Feedbacks.UNIT_A);
        assertThat(rating.getSatisfied()).isFalse();
        assertThat(rating.getScore()).isEqualTo(2);
        assertThat(rating.getSource()).isEqualTo("api");
    }

    @Test
    @Order(7)
    void aRatingBeforeTheAnswerOrOutOfRangeIsRefused() {
        Reply early = postAs("/api/v1/public/track/" + openCode + "/rating", "{\"satisfied\":true}", "198.51.100.7");
        Reply score = postAs("/api/v1/public/track/" + answeredCode + "/rating", "{\"satisfied\":true,\"score\":7}", "198.51.100.7");
        Reply none = postAs("/api/v1/public/track/" + answeredCode + "/rating", "{\"score\":4}", "198.51.100.7");
        Reply unknown = postAs("/api/v1/public/track/" + CODES.codeOf(Feedbacks.UNIT_A, Feedbacks.newId()) + "/rating",
                "{\"satisfied\":true}", "198.51.100.7");

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("chưa có trả lời chính thức");
        assertThat(score.status()).isEqualTo(400);
        assertThat(score.json().get("type").asString()).endsWith("/invalid-payload");
        assertThat(none.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    @Order(8)
    void theRatingShowsInTheUnitsRecord() {
        Instant ratedAt = Instant.now();
        index(vn.phananh.avro.EnrichedFeedback.newBuilder(Feedbacks.answered(Feedbacks.feedback(answeredId, Feedbacks.UNIT_A,
                        "Cống thôn 4 bị tắc, gọi 0912 345 678 để chỉ chỗ").setTrackingCode(answeredCode),
                        ratedAt.minusSeconds(600), "Xã đã cho khơi thông cống thôn 4.").build())
                .setRevision(3).setSatisfaction(vn.phananh.avro.Satisfaction.newBuilder().setRatingId("r-1").setSatisfied(true)
                        .setScore(4).setComment(null).setSource("tracking-page").setRatedAt(ratedAt).build())
                .build());

        Reply units = api("/api/v1/public/units", "198.51.100.8");

        var unit = java.util.stream.StreamSupport.stream(units.json().spliterator(), false)
                .filter(u -> u.get("unitCode").asString().equals(Feedbacks.UNIT_A)).findFirst().orElseThrow();
        assertThat(unit.get("rated").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(unit.get("satisfied").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(unit.get("satisfiedPercent").isNull()).isFalse();
    }

    @Test
    @Order(10)
    void theClerkRecordsTheRatingAVisitorGivesAtTheDeskForTheirOwnUnitOnly() {
        Response refusedOpen = post("/api/v1/feedback/" + openId + "/rating", STAFF_B, "{\"satisfied\":true}");
        Response otherUnit = post("/api/v1/feedback/" + deskId + "/rating", STAFF_B, "{\"satisfied\":true}");
        Response notStaff = post("/api/v1/feedback/" + deskId + "/rating", SUPERVISOR, "{\"satisfied\":true}");
        Response badScore = post("/api/v1/feedback/" + deskId + "/rating", STAFF_A, "{\"satisfied\":true,\"score\":0}");
        Response r = post("/api/v1/feedback/" + deskId + "/rating", STAFF_A, "{\"satisfied\":true,\"score\":4}");

        assertThat(refusedOpen.status()).isEqualTo(409);
        assertThat(otherUnit.status()).isEqualTo(404);
        assertThat(notStaff.status()).isEqualTo(403);
        assertThat(badScore.status()).isEqualTo(400);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        assertThat(r.json().get("code").asString()).isEqualTo(CODES.codeOf(Feedbacks.UNIT_A, deskId));
        String ratingId = r.json().get("ratingId").asString();
        var rating = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> stack.ratings().stream().filter(x -> x.getRatingId().equals(ratingId)).findFirst(),
                        java.util.Optional::isPresent).orElseThrow();
        assertThat(rating.getFeedbackId()).isEqualTo(deskId);
        assertThat(rating.getSource()).isEqualTo("desk");
        assertThat(rating.getScore()).isEqualTo(4);
    }

    @Test
    @Order(99)
    void aClientThatLooksUpTooOftenIsToldWhenToComeBack() {
        Reply last = null;
        for (int i = 0; i < 20 && (last == null || last.status() != 429); i++) {
            last = api("/api/v1/public/track/" + answeredCode, "198.51.100.99");
        }

        assertThat(last.status()).isEqualTo(429);
        assertThat(last.json().get("type").asString()).isEqualTo("https://phananh.vn/problems/too-many-requests");
        assertThat(last.json().get("detail").asString()).contains("thử lại sau");
        assertThat(last.retryAfter()).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        // Another client is not held back by the one that looked up too often.
        assertThat(api("/api/v1/public/track/" + answeredCode, "198.51.100.100").status()).isEqualTo(200);
    }

    // The last data character and the check character swapped, or the check character changed when they are equal.
    private static String swap(String code) {
        char data = code.charAt(code.length() - 2);
        char check = code.charAt(code.length() - 1);
        return data != check ? "" + check + data : "" + data + (check == '2' ? '3' : '2');
    }

    private Reply postAs(String path, String json, String client) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("X-Forwarded-For", client).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After"));
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private Reply api(String path, String client) {
        HttpResponse<String> response = send(path, client);
        return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Retry-After"));
    }

    /** An answer of the API: status, body, content type and Retry-After. */
    record Reply(int status, String body, String contentType, java.util.Optional<String> retryAfter) {

        tools.jackson.databind.JsonNode json() {
            return ApiTestBase.json.readTree(body);
        }
    }

    private HttpResponse<String> send(String path, String client) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("X-Forwarded-For", client).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
