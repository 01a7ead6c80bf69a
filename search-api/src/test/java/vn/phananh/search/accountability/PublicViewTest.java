package vn.phananh.search.accountability;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.search.ApiTestBase;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicViewTest extends ApiTestBase {

    /** Phone numbers, 12-digit CCCD, e-mail addresses, bank account-like digit runs. */
    static final List<Pattern> PII = List.of(Pattern.compile("0\\d{2}[ .]?\\d{3}[ .]?\\d{3,4}"),
            Pattern.compile("\\b\\d{12}\\b"), Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+"),
            Pattern.compile("\\b\\d{9,16}\\b"));

    final String unit = "PV" + Feedbacks.newId().substring(0, 6);
    final String onTime = Feedbacks.newId();
    final String late = Feedbacks.newId();
    final String open = Feedbacks.newId();

    @BeforeAll
    void seed() {
        // Whole seconds: a nanosecond fraction such as ".091742241" in the page's timestamps reads as a phone number.
        Instant received = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minus(Duration.ofDays(5));
        EnrichedFeedback.Builder a = Feedbacks.feedback(onTime, unit, "Xin hỏi thủ tục cấp sổ đỏ")
                .setReceivedAt(received).setDeadline(received.plus(Duration.ofDays(3)));
        EnrichedFeedback.Builder b = Feedbacks.feedback(late, unit, "Đường ngập, liên hệ tôi")
                .setReceivedAt(received).setDeadline(received.plus(Duration.ofDays(1)));
        index(Feedbacks.answered(a, received.plus(Duration.ofHours(2)),
                        "Mời ông liên hệ bộ phận một cửa, email cantho@gmail.com, số 0912345678, "
                                + "CCCD 001203004567, tài khoản 1903 5555 8888 01").build(),
                Feedbacks.answered(b, received.plus(Duration.ofDays(2)), "Đã khơi thông").build(),
                Feedbacks.feedback(open, unit, "Chưa trả lời").setReceivedAt(received)
                        .setDeadline(received.plus(Duration.ofDays(1))).build());
    }

    @Test
    void listsOnlyAnsweredFeedbackWithoutPersonalData() {
        Response r = get("/api/v1/public/feedback?unit=" + unit, null);
        assertThat(r.status()).isEqualTo(200);
        List<String> ids = StreamSupport.stream(r.json().get("items").spliterator(), false)
                .map(i -> i.get("feedbackId").asString()).toList();
        assertThat(ids).containsExactlyInAnyOrder(onTime, late);
        assertThat(r.body()).doesNotContain(Feedbacks.CONTACT).doesNotContain("Nguyễn Văn A")
                .doesNotContain("author").doesNotContain("staff-");
        PII.forEach(p -> assertThat(p.matcher(r.body()).find()).as(p.pattern()).isFalse());
    }

    @Test
    void reportsEachUnitsOnTimeRecord() {
        Response r = get("/api/v1/public/units", null);
        assertThat(r.status()).isEqualTo(200);
        JsonNode mine = StreamSupport.stream(r.json().spliterator(), false)
                .filter(u -> u.get("unitCode").asString().equals(unit)).findFirst().orElseThrow();
        assertThat(mine.get("received").asLong()).isEqualTo(3);
        assertThat(mine.get("answered").asLong()).isEqualTo(2);
        assertThat(mine.get("answeredOnTime").asLong()).isEqualTo(1);
        assertThat(mine.get("onTimePercent").asDouble()).isEqualTo(50.0);
        assertThat(mine.get("overdueNow").asLong()).isEqualTo(1);
        // Median of 120 and 2880 minutes (t-digest interpolates between the two).
        assertThat(mine.get("medianMinutesToFirstAnswer").asDouble()).isBetween(120.0, 2880.0);
        PII.forEach(p -> assertThat(p.matcher(r.body()).find()).as(p.pattern()).isFalse());
    }

    @Test
    void needsNoSignIn() {
        assertThat(get("/api/v1/public/feedback", null).status()).isEqualTo(200);
        assertThat(get("/v3/api-docs", null).status()).isEqualTo(200);
    }
}
