package vn.phananh.webapp.pages;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.phananh.avro.Rating;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The clerk records at the desk the rating a visitor gives for an answered feedback of the unit:
 * the form on the staff feedback page, through the web app to the search API (a rating record of
 * source {@code desk} in Kafka), refused before the answer and for anyone but the unit's staff.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebDeskRatingTest extends WebTestBase {

    final String answered = Feedbacks.newId();
    final String open = Feedbacks.newId();

    @BeforeAll
    void seed() {
        index(Feedbacks.answered(Feedbacks.feedback(answered, Feedbacks.UNIT_A, "Xin cấp lại giấy khai sinh"),
                        Instant.now().minus(Duration.ofMinutes(30)), "Đã cấp lại, mời bà nhận tại bộ phận một cửa.").build(),
                Feedbacks.feedback(open, Feedbacks.UNIT_A, "Hỏi thủ tục đăng ký kết hôn").build());
    }

    @Test
    void theFormShowsOnlyUnderAnAnswerAndOnlyToTheUnitsStaff() {
        WebBrowser staff = signedIn(STAFF_A);
        assertThat(staff.get("/staff/feedback/" + answered).body()).contains("id=\"desk-rating-form\"",
                "Ghi nhận đánh giá của người dân tại bộ phận một cửa", "name=\"hai-long\"", "name=\"diem\"", "name=\"y-kien\"");
        assertThat(staff.get("/staff/feedback/" + open).body()).doesNotContain("id=\"desk-rating-form\"");
        assertThat(signedIn(SUPERVISOR).get("/staff/feedback/" + answered).body()).doesNotContain("id=\"desk-rating-form\"");
    }

    @Test
    void theClerkRecordsTheVisitorsRating() {
        WebBrowser staff = signedIn(STAFF_A);
        WebBrowser.Page page = staff.get("/staff/feedback/" + answered);
        String comment = "Nhanh, cán bộ nhiệt tình " + answered.substring(0, 6);

        WebBrowser.Page sent = staff.submit(page, "/staff/feedback/" + answered + "/rating",
                Map.of("hai-long", "khong", "diem", "2", "y-kien", comment));

        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.locationPath()).isEqualTo("/staff/feedback/" + answered);
        assertThat(staff.get(sent.locationPath()).body()).contains("id=\"flash\"", "Đã ghi nhận đánh giá của người dân");
        Rating rating = await().atMost(Duration.ofSeconds(30)).until(() -> stack.ratings().stream()
                .filter(r -> comment.equals(r.getComment())).findFirst().orElse(null), r -> r != null);
        assertThat(rating.getFeedbackId()).isEqualTo(answered);
        assertThat(rating.getUnitCode()).isEqualTo(Feedbacks.UNIT_A);
        assertThat(rating.getSource()).isEqualTo("desk");
        assertThat(rating.getSatisfied()).isFalse();
        assertThat(rating.getScore()).isEqualTo(2);
    }

    @Test
    void aRatingWithoutAChoiceOrBeforeTheAnswerIsToldOnThePage() {
        WebBrowser staff = signedIn(STAFF_A);
        WebBrowser.Page page = staff.get("/staff/feedback/" + answered);

        WebBrowser.Page none = staff.submit(page, "/staff/feedback/" + answered + "/rating", Map.of("diem", "3"));
        WebBrowser.Page score = staff.submit(page, "/staff/feedback/" + answered + "/rating", Map.of("hai-long", "co", "diem", "6"));
        WebBrowser.Page early = staff.submit(page, "/staff/feedback/" + open + "/rating", Map.of("hai-long", "co"));
        WebBrowser.Page forged = staff.post("/staff/feedback/" + answered + "/rating", Map.of("hai-long", "co"));

        assertThat(staff.get(none.locationPath()).body()).contains("id=\"form-error\"", "Vui lòng chọn Hài lòng");
        assertThat(staff.get(score.locationPath()).body()).contains("id=\"form-error\"", "Điểm đánh giá từ 1 đến 5.");
        // Before the answer the form is not shown; what the API said comes back as the page's error.
        assertThat(early.status()).isEqualTo(302);
        assertThat(staff.get(early.locationPath()).body()).contains("chưa có trả lời chính thức");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(stack.ratings()).noneMatch(r -> r.getFeedbackId().equals(open));
    }

    @Test
    void anotherUnitsStaffCannotRateIt() {
        WebBrowser other = signedIn(STAFF_B);
        WebBrowser.Page page = other.get("/staff");
        WebBrowser.Page refused = other.submit(page, "/staff/feedback/" + answered + "/rating", Map.of("hai-long", "co"));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).contains("id=\"error-page\"").doesNotContain("giấy khai sinh");
    }
}
