package vn.phananh.webapp.pages;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The live feed of new feedback: the search API announces what it indexed for the first time
 * ({@code /api/v1/feedback/stream}, only the caller's units) and the inbox and the supervisor page
 * relay it; each event carries the masked excerpt and labels, never the author.
 */
class WebLiveFeedTest extends WebTestBase {

    static final String MISSED_PHONE = "0987654321";

    @Test
    void newFeedbackArrivesOnTheStreamsOfTheViewersUnitsOnlyWithoutPersonalData() throws Exception {
        String old = Feedbacks.newId();
        index(Feedbacks.feedback(old, Feedbacks.UNIT_A, "Đã có từ trước").build());
        String fresh = Feedbacks.newId();
        String theirs = Feedbacks.newId();
        String spam = Feedbacks.newId();
        try (WebBrowser.EventStream staffA = signedIn(STAFF_A).stream("/staff/live/stream");
                WebBrowser.EventStream staffB = signedIn(STAFF_B).stream("/staff/live/stream");
                WebBrowser.EventStream supervisor = signedIn(SUPERVISOR).stream("/supervisor/feedback/stream")) {
            for (WebBrowser.EventStream s : java.util.List.of(staffA, staffB, supervisor)) {
                assertThat(s.status()).isEqualTo(200);
                await().atMost(Duration.ofSeconds(10)).until(() -> s.lines().contains(":connected"));
            }
            // One partition: when the last arrives, the others were handled before it.
            stack.send(EnrichedFeedback.newBuilder(Feedbacks.feedback(old, Feedbacks.UNIT_A, "Đã có từ trước, sửa nhãn").build())
                            .setRevision(2).build(),
                    Feedbacks.feedback(spam, Feedbacks.UNIT_A, "Mua bán sim số đẹp").setSpam(true).build(),
                    Feedbacks.feedback(theirs, Feedbacks.UNIT_B, "Vỉa hè bị lấn chiếm làm quán").build(),
                    Feedbacks.feedback(fresh, Feedbacks.UNIT_A, "Ống nước vỡ ở ngõ 7, gọi " + MISSED_PHONE).setUrgent(true)
                            .build());

            await().atMost(Duration.ofSeconds(30)).until(() -> has(staffA, fresh) && has(supervisor, fresh)
                    && has(supervisor, theirs) && has(staffB, theirs));
            String a = String.join("\n", staffA.lines());
            assertThat(a).contains("event:feedback", "id:" + fresh, "Ống nước vỡ ở ngõ 7", "Xã Hùng Cường",
                    "Hạ tầng, giao thông", "/staff/feedback/" + fresh, "\"urgent\":true")
                    .doesNotContain(theirs, old, spam, Feedbacks.CONTACT, "Nguyễn Văn A", MISSED_PHONE);
            assertThat(String.join("\n", staffB.lines())).contains("Vỉa hè bị lấn chiếm").doesNotContain(fresh);
            assertThat(String.join("\n", supervisor.lines())).doesNotContain(old, spam, Feedbacks.CONTACT);
        }
    }

    @Test
    void theInboxAndTheDashboardCarryTheLiveCount() {
        assertThat(signedIn(STAFF_A).get("/staff").body()).contains("id=\"live-feed\"", "data-stream=\"/staff/live/stream\"",
                "id=\"live-count\"", "/js/live.js");
        assertThat(signedIn(SUPERVISOR).get("/supervisor").body()).contains("id=\"live-feed\"",
                "data-stream=\"/supervisor/feedback/stream\"", "/js/live.js");
        assertThat(browser().get("/staff/live/stream").status()).as("not for the anonymous").isEqualTo(302);
    }

    private static boolean has(WebBrowser.EventStream stream, String id) {
        return stream.lines().contains("id:" + id);
    }
}
