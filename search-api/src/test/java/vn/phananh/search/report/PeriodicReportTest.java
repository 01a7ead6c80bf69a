package vn.phananh.search.report;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import vn.phananh.avro.Channel;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.Kind;
import vn.phananh.avro.Satisfaction;
import vn.phananh.avro.Topic;
import vn.phananh.avro.TopicScore;
import vn.phananh.schema.FeedbackClock;
import vn.phananh.search.ApiTestBase;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/reports/{unit}?period=} against the real node: a quarter of a past year no other
 * test writes to, with feedback on both sides of the period's edges in the units' time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodicReportTest extends ApiTestBase {

    final int year = ThreadLocalRandom.current().nextInt(1975, 2015);
    final String quarter = year + "-Q4";
    final String p1 = newPlace();
    final String p2 = newPlace();
    final String answeredOnTime = Feedbacks.newId();
    final String answeredLate = Feedbacks.newId();
    final List<String> overdue = List.of(Feedbacks.newId(), Feedbacks.newId(), Feedbacks.newId());

    @BeforeAll
    void seed() {
        List<EnrichedFeedback> docs = new ArrayList<>();
        // Answered two days after receipt, due in three: on time. Its text holds a phone the masker missed.
        docs.add(Feedbacks.answered(at(on(answeredOnTime, Topic.INFRASTRUCTURE, Channel.ZALO, local(10, 10, 8)), p1),
                local(10, 12, 8), "Xã đã cho vá ổ gà trên đường thôn, cảm ơn bà con đã báo.")
                .setMaskedText("Đường thôn có ổ gà lớn, ai cần thì gọi 0912 345 678")
                .setSatisfaction(rating(true, 5, local(10, 13, 8))).build());
        // Answered five days after receipt: late.
        docs.add(Feedbacks.answered(at(on(answeredLate, Topic.INFRASTRUCTURE, Channel.FACEBOOK, local(11, 5, 9)), p1),
                local(11, 10, 9), "Đèn đường đã được thay bóng mới.").setSatisfaction(rating(false, null, local(11, 11, 9)))
                .build());
        // Open and past their deadline; the first of them at 00:30 on 1 October in Vietnam (still 30 September in UTC).
        docs.add(on(overdue.get(0), Topic.HEALTH, Channel.ZALO, local(10, 1, 0).plus(Duration.ofMinutes(30))).build());
        docs.add(at(on(overdue.get(1), Topic.ENVIRONMENT, Channel.DESK, local(11, 20, 14)), p2).setKind(Kind.REQUEST)
                .build());
        docs.add(at(on(overdue.get(2), Topic.ENVIRONMENT, Channel.ZALO, local(12, 1, 10)), p2).build());
        // Left out: spam; 00:30 on 1 January of the next year in Vietnam; another unit.
        docs.add(on(Feedbacks.newId(), Topic.ENVIRONMENT, Channel.ZALO, local(11, 2, 10)).setSpam(true).build());
        docs.add(on(Feedbacks.newId(), Topic.ENVIRONMENT, Channel.ZALO,
                LocalDateTime.of(year + 1, 1, 1, 0, 30).atZone(FeedbackClock.UNIT_ZONE).toInstant()).build());
        docs.add(EnrichedFeedback.newBuilder(on(Feedbacks.newId(), Topic.ENVIRONMENT, Channel.ZALO, local(11, 2, 10))
                .build()).setUnitCode(Feedbacks.UNIT_B).build());
        // The quarter before: one infrastructure feedback.
        docs.add(on(Feedbacks.newId(), Topic.INFRASTRUCTURE, Channel.ZALO, local(8, 15, 10)).build());
        index(docs.toArray(EnrichedFeedback[]::new));
    }

    @Test
    void countsWhatTheUnitReceivedInTheQuarterByChannelTopicAndKind() {
        JsonNode r = report(quarter, STAFF_A);
        assertThat(r.get("unitCode").asString()).isEqualTo(Feedbacks.UNIT_A);
        assertThat(r.get("unitName").asString()).isEqualTo("Xã Hùng Cường");
        assertThat(r.at("/period/label").asString()).isEqualTo(quarter);
        assertThat(r.at("/period/from").asString()).isEqualTo((year) + "-09-30T17:00:00Z");
        assertThat(r.at("/period/previousLabel").asString()).isEqualTo(year + "-Q3");
        assertThat(r.at("/received/total").asLong()).isEqualTo(5);
        assertThat(counts(r.at("/received/byChannel"))).containsExactly("ZALO=3", "DESK=1", "FACEBOOK=1");
        assertThat(counts(r.at("/received/byTopic"))).containsExactly("ENVIRONMENT=2", "INFRASTRUCTURE=2", "HEALTH=1");
        assertThat(counts(r.at("/received/byKind"))).containsExactly("COMPLAINT=4", "REQUEST=1");
    }

    @Test
    void answeredOnTimeMedianAndOverdue() {
        JsonNode r = report(quarter, STAFF_A);
        assertThat(r.get("answered").asLong()).isEqualTo(2);
        assertThat(r.get("answeredOnTime").asLong()).isEqualTo(1);
        assertThat(r.get("answeredLate").asLong()).isEqualTo(1);
        assertThat(r.get("onTimePercent").asDouble()).isEqualTo(50.0);
        // Two and five days: the median lies between them.
        assertThat(r.get("medianMinutesToFirstAnswer").asDouble()).isBetween(2 * 1440.0, 5 * 1440.0);
        assertThat(r.get("overdueNow").asLong()).isEqualTo(3);
        assertThat(StreamSupport.stream(r.get("overdue").spliterator(), false).map(o -> o.get("feedbackId").asString()))
                .containsExactlyElementsOf(overdue);
    }

    @Test
    void satisfactionCountsTheRatedAnswersAndMeansTheScoresGiven() {
        JsonNode s = report(quarter, STAFF_A).get("satisfaction");
        assertThat(s.get("recorded").asBoolean()).isTrue();
        assertThat(s.get("rated").asLong()).isEqualTo(2);
        assertThat(s.get("satisfied").asLong()).isEqualTo(1);
        assertThat(s.get("notSatisfied").asLong()).isEqualTo(1);
        assertThat(s.get("satisfiedPercent").asDouble()).isEqualTo(50.0);
        // Only the satisfied citizen gave a score.
        assertThat(s.get("scored").asLong()).isEqualTo(1);
        assertThat(s.get("meanScore").asDouble()).isEqualTo(5.0);
        JsonNode none = report((year + 1) + "-01", STAFF_A).get("satisfaction");
        assertThat(none.get("recorded").asBoolean()).isFalse();
        assertThat(none.get("rated").asLong()).isZero();
        assertThat(none.get("satisfiedPercent").isNull()).isTrue();
    }

    private static Satisfaction rating(boolean satisfied, Integer score, Instant at) {
        return Satisfaction.newBuilder().setRatingId(Feedbacks.newId()).setSatisfied(satisfied).setScore(score)
                .setComment(null).setSource("tracking-page").setRatedAt(at).build();
    }

    @Test
    void topPlacesAndTopicsRisingAgainstTheQuarterBefore() {
        JsonNode r = report(quarter, STAFF_A);
        List<String> places = StreamSupport.stream(r.get("topPlaces").spliterator(), false)
                .map(p -> p.get("id").asString() + "=" + p.get("count").asLong()).toList();
        assertThat(places).hasSize(3);
        assertThat(places.subList(0, 2)).containsExactlyInAnyOrder(p1 + "=2", p2 + "=2");
        assertThat(places.get(2)).isEqualTo("thon-1=1");
        assertThat(StreamSupport.stream(r.get("risingTopics").spliterator(), false)
                .map(t -> t.get("topic").asString() + ":" + t.get("previous").asLong() + "->" + t.get("current").asLong()))
                .containsExactly("ENVIRONMENT:0->2", "HEALTH:0->1", "INFRASTRUCTURE:1->2");
    }

    @Test
    void answeredExamplesCarryMaskedTextAndTheAnswerButNoPersonalData() {
        Response response = get("/api/v1/reports/" + Feedbacks.UNIT_A + "?period=" + quarter, STAFF_A);
        JsonNode examples = response.json().get("examples");
        assertThat(StreamSupport.stream(examples.spliterator(), false).map(e -> e.get("feedbackId").asString()))
                .containsExactly(answeredLate, answeredOnTime);
        assertThat(examples.get(1).get("answer").asString()).contains("vá ổ gà");
        assertThat(examples.get(1).get("maskedText").asString()).contains("Đường thôn có ổ gà");
        assertThat(response.body()).doesNotContain("0912 345 678", "0912345678", "Nguyễn Văn A", "u-1",
                "staff-hung-cuong");
    }

    @Test
    void aMonthAndAYearFollowTheUnitsTimeZone() {
        assertThat(report(year + "-10", STAFF_A).at("/received/total").asLong()).isEqualTo(2);
        assertThat(report(year + "-12", STAFF_A).at("/received/total").asLong()).isEqualTo(1);
        assertThat(report(String.valueOf(year), STAFF_A).at("/received/total").asLong()).isEqualTo(6);
        assertThat(report((year + 1) + "-01", STAFF_A).at("/received/total").asLong()).isEqualTo(1);
    }

    @Test
    void staffOfAnotherUnitAndUnknownUnitsGetNotFoundSupervisorsSeeIt() {
        Response other = get("/api/v1/reports/" + Feedbacks.UNIT_A + "?period=" + quarter, STAFF_B);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).contains("application/problem+json");
        assertThat(other.json().get("type").asString()).isEqualTo("https://phananh.vn/problems/not-found");
        assertThat(get("/api/v1/reports/xa-khong-co?period=" + quarter, ADMIN).status()).isEqualTo(404);
        assertThat(get("/api/v1/reports/" + Feedbacks.UNIT_A + "/pdf?period=" + quarter, STAFF_B).status())
                .isEqualTo(404);
        assertThat(report(quarter, SUPERVISOR).at("/received/total").asLong()).isEqualTo(5);
        assertThat(report(quarter, ADMIN).at("/received/total").asLong()).isEqualTo(5);
        assertThat(get("/api/v1/reports/" + Feedbacks.UNIT_A + "?period=" + quarter, null).status()).isEqualTo(401);
    }

    @ParameterizedTest(name = "period={0}")
    @ValueSource(strings = { "2026-13", "2026-Q5", "26", "2026-11-01", "abc", "", "%FF", "1969" })
    void badPeriodsAreProblemDetails(String period) {
        Response r = get("/api/v1/reports/" + Feedbacks.UNIT_A + "?period=" + period, STAFF_A);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.json().get("type").asString()).isEqualTo("https://phananh.vn/problems/invalid-request");
        assertThat(r.body()).doesNotContain("Exception", "at vn.");
        Response pdf = get("/api/v1/reports/" + Feedbacks.UNIT_A + "/pdf?period=" + period, STAFF_A);
        assertThat(pdf.status()).isEqualTo(400);
        assertThat(pdf.contentType()).contains("application/problem+json");
    }

    @Test
    void aMissingPeriodIsAProblemDetail() {
        Response r = get("/api/v1/reports/" + Feedbacks.UNIT_A, STAFF_A);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).contains("application/problem+json");
    }

    @Test
    void thePdfKeepsVietnameseDiacriticsInAnEmbeddedFont() throws IOException {
        BinaryResponse pdf = getBinary("/api/v1/reports/" + Feedbacks.UNIT_A + "/pdf?period=" + quarter, STAFF_A);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.contentDisposition()).contains("so-ket-" + Feedbacks.UNIT_A + "-" + quarter + ".pdf");
        // Kept for a look: pdftoppm -png target/screenshots/report.pdf target/screenshots/report
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/report.pdf"), pdf.body());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            // Lines may break anywhere a word ends: compare with single spaces.
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
            assertThat(text).contains("Sơ kết công tác tiếp nhận, trả lời phản ánh, kiến nghị", "Xã Hùng Cường",
                    "Quý IV/" + year, "Hạ tầng, giao thông", "Môi trường", "Trả lời đúng hạn", "Đang quá hạn",
                    "Xã đã cho vá ổ gà trên đường thôn", "Mức độ hài lòng", "50,0 % hài lòng (2 đánh giá)");
            assertThat(text).doesNotContain("0912 345 678", "Nguyễn Văn A");
            List<String> fonts = new ArrayList<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("DejaVuSans"));
        }
    }

    @Test
    void theOpenApiDescriptionListsTheReportEndpoints() {
        JsonNode paths = get("/v3/api-docs", null).json().get("paths");
        assertThat(paths.has("/api/v1/reports/{unit}")).isTrue();
        assertThat(paths.has("/api/v1/reports/{unit}/pdf")).isTrue();
        assertThat(paths.has("/api/v1/clusters/{clusterId}/answer")).isTrue();
        assertThat(paths.get("/api/v1/reports/{unit}").get("get").get("parameters").toString()).contains("\"period\"");
    }

    private JsonNode report(String period, String user) {
        Response r = get("/api/v1/reports/" + Feedbacks.UNIT_A + "?period=" + period, user);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static List<String> counts(JsonNode counts) {
        return StreamSupport.stream(counts.spliterator(), false)
                .map(c -> c.get("code").asString() + "=" + c.get("count").asLong()).toList();
    }

    private Instant local(int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(FeedbackClock.UNIT_ZONE).toInstant();
    }

    private static EnrichedFeedback.Builder on(String id, Topic topic, Channel channel, Instant received) {
        return Feedbacks.feedback(id, Feedbacks.UNIT_A, "Phản ánh về " + topic.name().toLowerCase())
                .setTopic(TopicScore.newBuilder().setTopic(topic).setConfidence(0.9).build()).setChannel(channel)
                .setReceivedAt(received).setEnrichedAt(received).setDeadline(received.plus(Duration.ofDays(3)));
    }
}
