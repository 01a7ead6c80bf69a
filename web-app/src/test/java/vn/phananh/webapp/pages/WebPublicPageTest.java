package vn.phananh.webapp.pages;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPublicPageTest extends WebTestBase {

    static final String PHONE = "0987654321";

    final String unit = "cong-khai-" + Feedbacks.newId().substring(0, 6);
    final String answered = Feedbacks.newId();
    final String open = Feedbacks.newId();

    @BeforeAll
    void seed() {
        Instant received = Instant.now().minus(Duration.ofDays(2));
        // A number the masker upstream missed: the page must still not show it.
        var question = Feedbacks.feedback(answered, unit, "Đèn đường thôn 3 hỏng, gọi tôi " + PHONE)
                .setReceivedAt(received).setDeadline(received.plus(Duration.ofDays(3)));
        index(Feedbacks.answered(question, received.plus(Duration.ofHours(5)),
                        "Xã đã thay bóng đèn thôn 3. Còn hỏng xin gọi " + PHONE).build(),
                Feedbacks.feedback(open, unit, "Chưa có trả lời").build());
    }

    @Test
    void showsAnsweredFeedbackWithItsAnswerButNoPersonalData() {
        WebBrowser.Page page = browser().get("/cong-khai/" + unit);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"vi\"", "data-feedback-id=\"" + answered + "\"",
                "Xã đã thay bóng đèn thôn 3", "Đèn đường thôn 3 hỏng", "Đúng hạn")
                .doesNotContain(PHONE, Feedbacks.CONTACT, "Nguyễn Văn A", open, "staff-hung-cuong");
        assertThat(page.cookies()).as("no session for the public").noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void showsEachUnitsOnTimeRecord() {
        WebBrowser.Page page = browser().get("/cong-khai/" + unit);
        String record = WebBrowser.tags(page.body(), "unit-record").getFirst();
        assertThat(WebBrowser.attribute(record, "data-unit")).isEqualTo(unit);
        assertThat(page.body()).contains("100,0 % đúng hạn");
        assertThat(browser().get("/cong-khai").body()).contains("id=\"unit-records\"", "id=\"public-answers\"");
    }
}
