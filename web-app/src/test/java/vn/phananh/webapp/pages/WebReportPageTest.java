package vn.phananh.webapp.pages;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.schema.FeedbackClock;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;

/** The printable report page {@code /so-ket/{unit}} and its PDF, signed in on the realm's login page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebReportPageTest extends WebTestBase {

    final int year = ThreadLocalRandom.current().nextInt(1975, 2015);
    final String period = year + "-11";
    final String answered = Feedbacks.newId();

    @BeforeAll
    void seed() {
        Instant received = LocalDateTime.of(year, 11, 12, 9, 0).atZone(FeedbackClock.UNIT_ZONE).toInstant();
        EnrichedFeedback.Builder f = Feedbacks.feedback(answered, Feedbacks.UNIT_A, "Cống rãnh trước chợ bị tắc, gọi 0912 345 678")
                .setReceivedAt(received).setEnrichedAt(received).setDeadline(received.plus(Duration.ofDays(3)));
        index(Feedbacks.answered(f, received.plus(Duration.ofDays(1)), "Xã đã cho nạo vét cống trước chợ.").build());
    }

    @Test
    void staffSeeThePrintablePageOfTheirUnitWithAPdfLink() {
        WebBrowser.Page page = signedIn(STAFF_A).get("/so-ket/" + Feedbacks.UNIT_A + "?period=" + period);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"vi\"", "id=\"report-title\"", "Xã Hùng Cường",
                "Tháng 11/" + year, "id=\"report-received\"", "data-test=\"report-example\"",
                "Xã đã cho nạo vét cống trước chợ.", "id=\"report-pdf\"", "/css/app.css", "id=\"nav-report\"",
                "Chưa có đánh giá");
        assertThat(page.body()).doesNotContain("0912 345 678", "Nguyễn Văn A");
        assertThat(WebBrowser.tags(page.body(), "report-example")).hasSize(1);
    }

    @Test
    void thePdfDownloadsFromThePage() {
        WebBrowser.Page pdf = signedIn(STAFF_A).download("/so-ket/" + Feedbacks.UNIT_A + "/pdf?period=" + period);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
    }

    @Test
    void theChooserGoesToTheViewersUnitThisMonth() {
        WebBrowser.Page chosen = signedIn(STAFF_A).get("/so-ket");
        LocalDate today = LocalDate.now(FeedbackClock.UNIT_ZONE);
        assertThat(chosen.status()).isEqualTo(302);
        assertThat(chosen.locationPath()).isEqualTo("/so-ket/" + Feedbacks.UNIT_A + "?period="
                + "%04d-%02d".formatted(today.getYear(), today.getMonthValue()));
    }

    @Test
    void supervisorsOpenItStaffOfAnotherUnitGetNotFoundABadPeriodIsABadRequest() {
        assertThat(signedIn(SUPERVISOR).get("/so-ket/" + Feedbacks.UNIT_A + "?period=" + period).status())
                .isEqualTo(200);
        WebBrowser.Page other = signedIn(STAFF_B).get("/so-ket/" + Feedbacks.UNIT_A + "?period=" + period);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).contains("id=\"error-page\"").doesNotContain("Xã đã cho nạo vét");
        WebBrowser.Page bad = signedIn(STAFF_A).get("/so-ket/" + Feedbacks.UNIT_A + "?period=" + year + "-13");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"error-page\"").doesNotContain("Exception");
        assertThat(browser().get("/so-ket/" + Feedbacks.UNIT_A + "?period=" + period).status()).isEqualTo(302);
    }
}
