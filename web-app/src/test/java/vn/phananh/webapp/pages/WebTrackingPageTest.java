package vn.phananh.webapp.pages;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.Rating;
import vn.phananh.avro.Satisfaction;
import vn.phananh.schema.TrackingCodes;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public "tra cứu" page and its rating form, through the web app to the search API's public
 * tracking endpoints: no sign-in, the status, deadline and answer of the code's feedback and never
 * its author; a mistyped code told apart in Vietnamese; the rating form posting with its CSRF token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebTrackingPageTest extends WebTestBase {

    private static final TrackingCodes CODES = new TrackingCodes("test-key-of-web-tracking-test");

    final String answeredId = Feedbacks.newId();
    final String openId = Feedbacks.newId();
    final String ratedId = Feedbacks.newId();
    final String answeredCode = CODES.codeOf(Feedbacks.UNIT_A, answeredId);
    final String openCode = CODES.codeOf(Feedbacks.UNIT_B, openId);
    final String ratedCode = CODES.codeOf(Feedbacks.UNIT_A, ratedId);
    final Instant answeredAt = Instant.now().minus(10, ChronoUnit.MINUTES);

    @BeforeAll
    void seed() {
        index(answered(answeredId, answeredCode),
                Feedbacks.feedback(openId, Feedbacks.UNIT_B, "Đèn đường kiệt 12 không sáng").setTrackingCode(openCode).build(),
                EnrichedFeedback.newBuilder(answered(ratedId, ratedCode)).setRevision(3)
                        .setSatisfaction(Satisfaction.newBuilder().setRatingId("r-" + ratedId).setSatisfied(true).setScore(4)
                                .setComment(null).setSource("tracking-page").setRatedAt(Instant.now()).build())
                        .build());
    }

    private EnrichedFeedback answered(String id, String code) {
        return Feedbacks.answered(Feedbacks.feedback(id, Feedbacks.UNIT_A, "Cống thôn 4 bị tắc, gọi 0912 345 678 để chỉ chỗ")
                .setTrackingCode(code), answeredAt, "Xã đã cho khơi thông cống thôn 4.").build();
    }

    @Test
    @Order(1)
    void thePageShowsTheFeedbackOfTheCodeInVietnamese() {
        WebBrowser anyone = browser();
        WebBrowser.Page empty = anyone.get("/tra-cuu");
        WebBrowser.Page found = anyone.get("/tra-cuu?ma=" + openCode);
        WebBrowser.Page typed = anyone.get("/tra-cuu?ma=" + openCode.toLowerCase().replace("-", "+"));
        WebBrowser.Page wrong = anyone.get("/tra-cuu?ma=" + openCode.substring(0, openCode.length() - 2) + swap(openCode));

        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("Tra cứu phản ánh", "id=\"track-form\"").doesNotContain("data-test=\"tracked\"");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("data-test=\"tracked\"", "Đèn đường kiệt 12 không sáng", "Chưa có trả lời chính thức",
                "hạn trả lời").doesNotContain("Nguyễn Văn A", "0912", "id=\"rating-form\"");
        assertThat(typed.status()).as("a code as a person types it").isEqualTo(200);
        assertThat(typed.body()).contains("data-code=\"" + openCode + "\"");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("id=\"track-message\"", "gõ nhầm").doesNotContain("Đèn đường kiệt 12");
        assertThat(found.cookies()).as("no session for the public").noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    @Order(2)
    void anAnsweredFeedbackShowsItsMaskedAnswerAndTheRatingForm() {
        WebBrowser.Page page = browser().get("/tra-cuu?ma=" + answeredCode);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Xã đã cho khơi thông cống thôn 4.", "id=\"rating-form\"", "name=\"_csrf\"")
                .doesNotContain("0912 345 678", Feedbacks.CONTACT, "data-test=\"tracked-rating\"");
    }

    @Test
    @Order(3)
    void theRatingShowsOnTheTrackingPage() {
        WebBrowser.Page page = browser().get("/tra-cuu?ma=" + ratedCode);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-test=\"tracked-rating\"", "Đánh giá của người dân: hài lòng (4/5)",
                "id=\"rating-form\"");
    }

    @Test
    @Order(4)
    void theRatingFormOnThePagePostsWithItsCsrfToken() {
        WebBrowser anyone = browser();
        WebBrowser.Page form = anyone.get("/tra-cuu?ma=" + answeredCode);
        int before = stack.ratings().size();

        WebBrowser.Page forged = anyone.post("/tra-cuu/danh-gia", Map.of("ma", answeredCode, "hai-long", "co"));
        WebBrowser.Page sent = anyone.submit(form, "/tra-cuu/danh-gia",
                Map.of("ma", answeredCode, "hai-long", "co", "diem", "5", "y-kien", "Cảm ơn xã"));

        assertThat(forged.status()).as("without the form's token").isEqualTo(403);
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.locationPath()).isEqualTo("/tra-cuu?ma=" + answeredCode);
        assertThat(anyone.get(sent.locationPath()).body()).contains("id=\"flash\"", "Cảm ơn bạn đã đánh giá");
        Rating rating = await().atMost(Duration.ofSeconds(30)).until(() -> stack.ratings().stream()
                .filter(r -> r.getFeedbackId().equals(answeredId)).reduce((a, b) -> b).orElse(null), r -> r != null);
        assertThat(stack.ratings().size()).isGreaterThan(before);
        assertThat(rating.getSource()).isEqualTo("tracking-page");
        assertThat(rating.getSatisfied()).isTrue();
        assertThat(rating.getScore()).isEqualTo(5);
        assertThat(rating.getComment()).isEqualTo("Cảm ơn xã");
    }

    @Test
    @Order(5)
    void aRatingBeforeTheAnswerOrOutOfRangeIsToldOnThePage() {
        WebBrowser anyone = browser();
        // The form shows only under an answer: a token of the page of another code, as a forged form would.
        WebBrowser.Page open = anyone.get("/tra-cuu?ma=" + answeredCode);
        WebBrowser.Page early = anyone.submit(open, "/tra-cuu/danh-gia", Map.of("ma", openCode, "hai-long", "khong"));
        WebBrowser.Page score = anyone.submit(open, "/tra-cuu/danh-gia",
                Map.of("ma", answeredCode, "hai-long", "co", "diem", "9"));

        assertThat(anyone.get(early.locationPath()).body()).contains("id=\"rating-error\"", "chưa có trả lời chính thức");
        assertThat(anyone.get(score.locationPath()).body()).contains("id=\"rating-error\"", "Điểm đánh giá từ 1 đến 5.");
        assertThat(stack.ratings()).noneMatch(r -> r.getFeedbackId().equals(openId));
    }

    // The last data character and the check character swapped, or the check character changed when they are equal.
    private static String swap(String code) {
        char data = code.charAt(code.length() - 2);
        char check = code.charAt(code.length() - 1);
        return data != check ? "" + check + data : "" + data + (check == '2' ? '3' : '2');
    }
}
