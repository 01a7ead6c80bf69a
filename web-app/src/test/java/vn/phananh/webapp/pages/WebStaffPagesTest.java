package vn.phananh.webapp.pages;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.phananh.avro.StatusAction;
import vn.phananh.avro.StatusChange;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebStaffPagesTest extends WebTestBase {

    final String later = Feedbacks.newId();
    final String overdue = Feedbacks.newId();
    final String urgent = Feedbacks.newId();
    final String answered = Feedbacks.newId();
    final String otherUnit = Feedbacks.newId();
    final String bridge = Feedbacks.newId();

    @BeforeAll
    void seed() {
        Instant now = Instant.now();
        index(Feedbacks.feedback(later, Feedbacks.UNIT_A, "Đèn đường ngõ 4 không sáng").build(),
                Feedbacks.feedback(overdue, Feedbacks.UNIT_A, "Rác chưa được thu gom ba ngày")
                        .setDeadline(now.minus(Duration.ofMinutes(10))).build(),
                Feedbacks.feedback(urgent, Feedbacks.UNIT_A, "Cây đổ chắn ngang đường liên thôn")
                        .setUrgent(true).setUrgentReason("cây đổ").setDeadline(now.plus(Duration.ofDays(1))).build(),
                Feedbacks.answered(Feedbacks.feedback(answered, Feedbacks.UNIT_A, "Xin hỏi lịch tiêm chủng"),
                        now.minus(Duration.ofMinutes(5)), "Lịch tiêm vào thứ Năm").build(),
                Feedbacks.feedback(otherUnit, Feedbacks.UNIT_B, "Vỉa hè phường bị lấn chiếm").build(),
                Feedbacks.feedback(bridge, Feedbacks.UNIT_A, "Cầu khỉ ấp Phước Hưng bị gãy, học sinh phải lội suối")
                        .build());
    }

    @Test
    void inboxListsTheUnitsOpenFeedbackUrgentFirstThenOverdue() {
        WebBrowser.Page inbox = signedIn(STAFF_A).get("/staff");
        assertThat(inbox.status()).isEqualTo(200);
        List<String> rows = WebBrowser.tags(inbox.body(), "inbox-row").stream()
                .map(t -> WebBrowser.attribute(t, "data-feedback-id")).toList();
        assertThat(rows).contains(urgent, overdue, later).doesNotContain(answered, otherUnit);
        assertThat(rows.indexOf(urgent)).isLessThan(rows.indexOf(overdue));
        assertThat(rows.indexOf(overdue)).isLessThan(rows.indexOf(later));
        String overdueRow = WebBrowser.tags(inbox.body(), "inbox-row").get(rows.indexOf(overdue));
        assertThat(WebBrowser.attribute(overdueRow, "data-overdue")).isEqualTo("true");
        assertThat(inbox.body()).contains("Cây đổ chắn ngang đường liên thôn", "Hạ tầng, giao thông", "Zalo",
                "Thôn 1", "class=\"late\"");

        List<String> theirs = WebBrowser.tags(signedIn(STAFF_B).get("/staff").body(), "inbox-row").stream()
                .map(t -> WebBrowser.attribute(t, "data-feedback-id")).toList();
        assertThat(theirs).contains(otherUnit).doesNotContain(urgent, overdue, later);
    }

    @Test
    void searchFindsTextTypedWithoutDiacritics() {
        WebBrowser.Page results = signedIn(STAFF_A).get("/staff/search?q=cau+khi+phuoc+hung");
        assertThat(results.status()).isEqualTo(200);
        List<String> ids = WebBrowser.tags(results.body(), "result-row").stream()
                .map(t -> WebBrowser.attribute(t, "data-feedback-id")).toList();
        assertThat(ids).first().isEqualTo(bridge);
        assertThat(results.body()).contains("<mark>", "id=\"facets\"", "data-facet=\"topic\"");
        WebBrowser.Page theirs = signedIn(STAFF_B).get("/staff/search?q=cau+khi+phuoc+hung");
        assertThat(theirs.body()).doesNotContain(bridge);
    }

    @Test
    void facetLinksNarrowTheSearch() {
        WebBrowser staff = signedIn(STAFF_A);
        WebBrowser.Page all = staff.get("/staff/search?urgent=true");
        String link = WebBrowser.tags(all.body(), "facet-link").stream()
                .filter(t -> "status".equals(WebBrowser.attribute(t, "data-facet"))).findFirst().orElseThrow();
        String href = WebBrowser.attribute(link, "href").replace("&amp;", "&");
        assertThat(href).startsWith("/staff/search?").contains("urgent=true", "status=");
        WebBrowser.Page narrowed = staff.get(href);
        assertThat(narrowed.status()).isEqualTo(200);
        assertThat(narrowed.body()).contains(urgent, "id=\"active-filters\"");
    }

    @Test
    void anotherUnitsFeedbackIsNotFound() {
        WebBrowser.Page page = signedIn(STAFF_B).get("/staff/feedback/" + urgent);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy").doesNotContain("Cây đổ", "Exception");
    }

    @Test
    void feedbackPageShowsLabelsHistoryAndContactOnlyToTheUnitsStaff() {
        WebBrowser.Page mine = signedIn(STAFF_A).get("/staff/feedback/" + urgent);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("Cây đổ chắn ngang đường liên thôn", "Hạ tầng, giao thông", "Phản ánh",
                "Tiêu cực", "Thôn 1", "id=\"history\"", "id=\"answer-form\"", Feedbacks.CONTACT);
        WebBrowser.Page supervisors = signedIn(SUPERVISOR).get("/staff/feedback/" + urgent);
        assertThat(supervisors.status()).isEqualTo(200);
        assertThat(supervisors.body()).contains("Cây đổ chắn ngang đường liên thôn")
                .doesNotContain(Feedbacks.CONTACT, "id=\"answer-form\"");
    }

    @Test
    void answerFormRecordsAStatusChangeAndSaysItWasSent() {
        WebBrowser staff = signedIn(STAFF_A);
        WebBrowser.Page page = staff.get("/staff/feedback/" + later);
        String text = "Xã đã thay bóng đèn ngõ 4 " + later.substring(0, 8);
        WebBrowser.Page sent = staff.submit(page, "/staff/feedback/" + later + "/answer", Map.of("text", text));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.locationPath()).isEqualTo("/staff/feedback/" + later);
        WebBrowser.Page back = staff.get(sent.locationPath());
        assertThat(back.body()).contains("id=\"flash\"", "Đã gửi — trạng thái sẽ cập nhật sau vài giây");

        await().atMost(Duration.ofSeconds(30)).until(() -> answer(text) != null);
        StatusChange change = answer(text);
        assertThat(change.getAction()).isEqualTo(StatusAction.ANSWER);
        assertThat(change.getFeedbackId()).isEqualTo(later);
        assertThat(change.getUnitCode()).isEqualTo(Feedbacks.UNIT_A);
        assertThat(change.getActor()).isEqualTo(STAFF_A);
    }

    @Test
    void actionsNeedTheCsrfTokenAndText() {
        WebBrowser staff = signedIn(STAFF_A);
        String text = "Không có token " + later.substring(0, 8);
        WebBrowser.Page forged = staff.post("/staff/feedback/" + later + "/answer", Map.of("text", text));
        assertThat(forged.status()).isEqualTo(403);
        WebBrowser.Page page = staff.get("/staff/feedback/" + later);
        WebBrowser.Page empty = staff.submit(page, "/staff/feedback/" + later + "/answer", Map.of("text", "  "));
        assertThat(staff.get(empty.locationPath()).body()).contains("id=\"form-error\"", "nhập nội dung trả lời");
        assertThat(stack.statusChanges()).noneMatch(c -> text.equals(c.getAnswerText()));
    }

    private static StatusChange answer(String text) {
        return stack.statusChanges().stream().filter(c -> text.equals(c.getAnswerText())).findFirst().orElse(null);
    }
}
