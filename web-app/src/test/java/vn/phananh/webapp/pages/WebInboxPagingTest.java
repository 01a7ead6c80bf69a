package vn.phananh.webapp.pages;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.Place;
import vn.phananh.avro.PlaceType;
import vn.phananh.avro.Status;
import vn.phananh.avro.Topic;
import vn.phananh.avro.TopicScore;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox's filters (status, urgent, overdue, topic, place) and its pages by cursor, over
 * feedback of a place of this class's own so other classes' feedback does not count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebInboxPagingTest extends WebTestBase {

    final String place = "p-inbox-" + Feedbacks.newId().substring(0, 8);
    final List<String> plain = List.of(Feedbacks.newId(), Feedbacks.newId(), Feedbacks.newId(), Feedbacks.newId());
    final String urgent = Feedbacks.newId();
    final String overdue = Feedbacks.newId();
    final String health = Feedbacks.newId();
    final String acknowledged = Feedbacks.newId();
    final String answered = Feedbacks.newId();

    @BeforeAll
    void seed() {
        Instant now = Instant.now();
        List<EnrichedFeedback> records = new ArrayList<>();
        for (int i = 0; i < plain.size(); i++) {
            // Deadlines a minute apart: the inbox's order (by deadline) is known.
            records.add(at(Feedbacks.feedback(plain.get(i), Feedbacks.UNIT_A, "Ổ gà trên đường liên xã số " + i)
                    .setDeadline(now.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(i)))));
        }
        records.add(at(Feedbacks.feedback(urgent, Feedbacks.UNIT_A, "Sạt lở bờ kè, nhà dân nguy hiểm").setUrgent(true)
                .setUrgentReason("sạt lở")));
        records.add(at(Feedbacks.feedback(overdue, Feedbacks.UNIT_A, "Rác tồn đọng ở chợ").setDeadline(now.minus(Duration.ofHours(2)))));
        records.add(at(Feedbacks.feedback(health, Feedbacks.UNIT_A, "Trạm y tế đóng cửa giờ hành chính")
                .setTopic(TopicScore.newBuilder().setTopic(Topic.HEALTH).setConfidence(0.9).build())));
        records.add(at(Feedbacks.feedback(acknowledged, Feedbacks.UNIT_A, "Nước sinh hoạt có mùi").setStatus(Status.ACKNOWLEDGED)));
        records.add(at(Feedbacks.answered(Feedbacks.feedback(answered, Feedbacks.UNIT_A, "Hỏi lịch tiếp dân"),
                now.minus(Duration.ofMinutes(3)), "Thứ Ba hằng tuần")));
        index(records.toArray(EnrichedFeedback[]::new));
    }

    @Test
    void pagesFollowTheCursorThroughEveryOpenFeedbackOnceAndKeepTheFilters() {
        WebBrowser staff = signedIn(STAFF_A);
        List<String> seen = new ArrayList<>();
        String link = "/staff?place=" + place + "&size=3";
        int pages = 0;
        while (link != null) {
            WebBrowser.Page page = staff.get(link);
            assertThat(page.status()).isEqualTo(200);
            List<String> rows = ids(page.body());
            assertThat(rows).hasSizeLessThanOrEqualTo(3);
            seen.addAll(rows);
            List<String> next = WebBrowser.tags(page.body(), "next-page");
            link = next.isEmpty() ? null : WebBrowser.attribute(next.getFirst(), "href").replace("&amp;", "&");
            if (link != null) {
                assertThat(link).contains("place=" + place, "size=3", "cursor=");
            }
            pages++;
            assertThat(pages).as("the last page has no next link").isLessThan(10);
        }
        List<String> open = new ArrayList<>(List.of(urgent, overdue, health, acknowledged));
        open.addAll(plain);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(open);
        assertThat(pages).isEqualTo(3);
        // Urgent first, then overdue, then by deadline.
        assertThat(seen.subList(0, 2)).containsExactly(urgent, overdue);
        assertThat(seen.indexOf(plain.get(0))).isLessThan(seen.indexOf(plain.get(1)));
        assertThat(seen.indexOf(plain.get(2))).isLessThan(seen.indexOf(plain.get(3)));
    }

    @Test
    void filtersNarrowTheInboxAndTheCountsPerStatusFollowThem() {
        WebBrowser staff = signedIn(STAFF_A);
        String base = "/staff?place=" + place;

        assertThat(ids(staff.get(base + "&urgent=true").body())).containsExactly(urgent);
        assertThat(ids(staff.get(base + "&overdue=true").body())).containsExactly(overdue);
        assertThat(ids(staff.get(base + "&topic=HEALTH").body())).containsExactly(health);
        WebBrowser.Page acknowledgedOnly = staff.get(base + "&status=ACKNOWLEDGED");
        assertThat(ids(acknowledgedOnly.body())).containsExactly(acknowledged);
        assertThat(acknowledgedOnly.body()).contains("id=\"inbox-filter-clear\"");

        WebBrowser.Page all = staff.get(base);
        List<String> chips = WebBrowser.tags(all.body(), "status-count");
        assertThat(chips).anySatisfy(c -> {
            assertThat(WebBrowser.attribute(c, "data-status")).isEqualTo("NEW");
            assertThat(WebBrowser.attribute(c, "data-count")).isEqualTo("7");
        });
        assertThat(chips).anySatisfy(c -> {
            assertThat(WebBrowser.attribute(c, "data-status")).isEqualTo("ACKNOWLEDGED");
            assertThat(WebBrowser.attribute(c, "data-count")).isEqualTo("1");
        });
        assertThat(all.body()).contains("data-test=\"inbox-total\">8<");
        // A status chip's link keeps the place and narrows to that status.
        assertThat(all.body()).contains("href=\"/staff?place=" + place + "&amp;status=ACKNOWLEDGED\"");
    }

    @Test
    void anotherUnitsStaffSeeNoneOfItAndABadPageSizeIsAClearError() {
        assertThat(ids(signedIn(STAFF_B).get("/staff?place=" + place).body())).isEmpty();
        WebBrowser.Page tooBig = signedIn(STAFF_A).get("/staff?place=" + place + "&size=5000");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.body()).contains("id=\"error-page\"").doesNotContain("Exception");
    }

    private static List<String> ids(String html) {
        return WebBrowser.tags(html, "inbox-row").stream().map(t -> WebBrowser.attribute(t, "data-feedback-id")).toList();
    }

    private EnrichedFeedback at(EnrichedFeedback.Builder b) {
        return b.setPlace(Place.newBuilder().setId(place).setName("Thôn " + place).setType(PlaceType.VILLAGE).build())
                .build();
    }
}
