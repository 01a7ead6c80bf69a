package vn.phananh.webapp.pages;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.phananh.avro.Alert;
import vn.phananh.avro.AlertType;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.Place;
import vn.phananh.avro.PlaceType;
import vn.phananh.avro.Topic;
import vn.phananh.avro.TopicScore;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebSupervisorPagesTest extends WebTestBase {

    final String placeId = "p-" + Feedbacks.newId().substring(0, 8);

    @BeforeAll
    void seed() {
        index(health("Trạm y tế xã đông, chờ lâu"), health("Trạm y tế thiếu thuốc hạ sốt"),
                health("Dịch sốt xuất huyết ở thôn Đông"));
    }

    @Test
    void dashboardDrawsOnePanelPerTopicWithABarPerBucket() {
        WebBrowser.Page dashboard = signedIn(SUPERVISOR).get("/supervisor");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("<svg", "id=\"trend-panels\"", "id=\"trend-table\"", "id=\"accountability-table\"",
                "data-sortable", "/js/sortable.js", "id=\"places-table\"", "id=\"alerts\"", "Y tế", "Xã Hùng Cường",
                "Thôn " + placeId, "/js/alerts.js", "id=\"complaints-chart\"", "id=\"channel-table\"");
        List<String> health = bars(dashboard.body(), "HEALTH");
        // The last 30 days, one bar per day (31 buckets when the period starts mid-day).
        assertThat(health).hasSizeBetween(30, 31);
        long counted = health.stream().mapToLong(t -> Long.parseLong(WebBrowser.attribute(t, "data-count"))).sum();
        assertThat(counted).isGreaterThanOrEqualTo(3);
        assertThat(health).allSatisfy(t -> assertThat(WebBrowser.attribute(t, "height")).isNotBlank());
        List<String> weekly = bars(signedIn(SUPERVISOR).get("/supervisor?days=90&interval=week").body(), "HEALTH");
        assertThat(weekly).hasSizeBetween(13, 15);
    }

    @Test
    void aBarOpensTheSearchOfItsTopicDayAndUnit() {
        WebBrowser supervisor = signedIn(SUPERVISOR);
        WebBrowser.Page dashboard = supervisor.get("/supervisor?unit=" + Feedbacks.UNIT_A);
        String link = WebBrowser.tags(dashboard.body(), "trend-link").stream().map(t -> WebBrowser.attribute(t, "href"))
                .map(h -> h.replace("&amp;", "&")).filter(h -> h.contains("topic=HEALTH"))
                .reduce((a, b) -> b).orElseThrow(); // the last bar: today
        assertThat(link).startsWith("/staff/search?topic=HEALTH&from=").contains("&to=", "&unit=" + Feedbacks.UNIT_A);
        WebBrowser.Page results = supervisor.get(link);
        assertThat(results.status()).isEqualTo(200);
        assertThat(results.body()).contains("Trạm y tế thiếu thuốc hạ sốt", "Dịch sốt xuất huyết ở thôn Đông");
        assertThat(WebBrowser.tags(results.body(), "result-row")).hasSizeGreaterThanOrEqualTo(3);
        // Another unit shown: none of this unit's health feedback in its panels.
        assertThat(bars(supervisor.get("/supervisor?unit=" + Feedbacks.UNIT_B).body(), "HEALTH")).isEmpty();
    }

    @Test
    void risingTopicsHaveASparklineAndALinkToTheirSearch() {
        WebBrowser supervisor = signedIn(SUPERVISOR);
        WebBrowser.Page dashboard = supervisor.get("/supervisor?unit=" + Feedbacks.UNIT_A);
        WebBrowser.tags(dashboard.body(), "rising-row").stream()
                .filter(t -> "HEALTH".equals(WebBrowser.attribute(t, "data-topic"))).findFirst().orElseThrow();
        assertThat(dashboard.body()).contains("data-test=\"sparkline\"", "phản ánh mỗi ngày trong 14 ngày qua");
        String link = WebBrowser.tags(dashboard.body(), "rising-link").stream().map(t -> WebBrowser.attribute(t, "href"))
                .map(h -> h.replace("&amp;", "&")).filter(h -> h.contains("topic=HEALTH")).findFirst().orElseThrow();
        assertThat(supervisor.get(link).body()).contains("Trạm y tế xã đông, chờ lâu");
        List<String> channels = WebBrowser.tags(dashboard.body(), "channel-row");
        assertThat(channels).anySatisfy(c -> {
            assertThat(WebBrowser.attribute(c, "data-channel")).isEqualTo("ZALO");
            assertThat(Long.parseLong(WebBrowser.attribute(c, "data-count"))).isGreaterThanOrEqualTo(3);
        });
        List<String> buckets = WebBrowser.tags(dashboard.body(), "complaint-bucket");
        assertThat(buckets).allSatisfy(b -> assertThat(Long.parseLong(WebBrowser.attribute(b, "data-complaints")))
                .isLessThanOrEqualTo(Long.parseLong(WebBrowser.attribute(b, "data-all"))));
        assertThat(buckets.stream().mapToLong(b -> Long.parseLong(WebBrowser.attribute(b, "data-complaints"))).sum())
                .isGreaterThanOrEqualTo(3);
    }

    private static List<String> bars(String html, String topic) {
        return WebBrowser.tags(html, "trend-bar").stream().filter(t -> topic.equals(WebBrowser.attribute(t, "data-topic")))
                .toList();
    }

    @Test
    void dashboardShowsFollowersGainedAndLostPerUnitAndChannel() {
        Instant now = Instant.now();
        String run = Feedbacks.newId().substring(0, 8);
        stack.sendChannelEvents(follow(run + "-1", vn.phananh.avro.ChannelEventType.FOLLOW, now.minusSeconds(3600)),
                follow(run + "-2", vn.phananh.avro.ChannelEventType.FOLLOW, now.minusSeconds(7200)),
                follow(run + "-3", vn.phananh.avro.ChannelEventType.UNFOLLOW, now.minusSeconds(600)));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            WebBrowser.Page dashboard = signedIn(SUPERVISOR).get("/supervisor?days=7");
            assertThat(dashboard.body()).contains("id=\"followers-table\"", "Người theo dõi kênh");
            List<String> rows = WebBrowser.tags(dashboard.body(), "followers-row");
            assertThat(rows).anySatisfy(row -> {
                assertThat(WebBrowser.attribute(row, "data-unit")).isEqualTo(Feedbacks.UNIT_B);
                assertThat(WebBrowser.attribute(row, "data-gained")).isEqualTo("2");
                assertThat(WebBrowser.attribute(row, "data-lost")).isEqualTo("1");
            });
        });
    }

    private static vn.phananh.avro.ChannelEvent follow(String id, vn.phananh.avro.ChannelEventType type, Instant at) {
        return vn.phananh.avro.ChannelEvent.newBuilder().setEventId(id).setUnitCode(Feedbacks.UNIT_B)
                .setChannel(vn.phananh.avro.Channel.ZALO).setSourceAccount("oa-thach-thang").setType(type)
                .setOccurredAt(at).setReceivedAt(at).build();
    }

    @Test
    void liveAlertsArriveOverServerSentEventsForTheViewersUnitsOnly() throws Exception {
        WebBrowser supervisor = signedIn(SUPERVISOR);
        String hidden = "alert-" + Feedbacks.newId();
        String visible = "alert-" + Feedbacks.newId();
        try (WebBrowser.EventStream stream = supervisor.stream("/supervisor/alerts/stream")) {
            assertThat(stream.status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.lines().contains(":connected"));
            // One partition: when the visible alert arrives, the hidden one was handled before it.
            stack.sendAlerts(alert(hidden, "xa-khong-thuoc-quyen"), alert(visible, Feedbacks.UNIT_B));
            await().atMost(Duration.ofSeconds(30)).until(() -> stream.lines().stream()
                    .anyMatch(l -> l.startsWith("data:") && l.contains(visible)));
            assertThat(stream.lines()).contains("event:alert", "id:" + visible);
            // Worded on the page from the alert's figures, not from the processor's summary.
            assertThat(String.join("\n", stream.lines())).contains("Tăng đột biến", "Phường Thạch Thang",
                    "Phản ánh về Y tế tăng đột biến: 12 phản ánh trong giờ từ 03/11/2025 09:00, trung bình 24 giờ trước 3,0/giờ.")
                    .doesNotContain(hidden).doesNotContain("SPIKE HEALTH");
        }
        // The alert is in the index too: a reload lists it (once the index refreshed).
        await().atMost(Duration.ofSeconds(10)).until(() -> supervisor.get("/supervisor").body()
                .contains("data-alert-id=\"" + visible + "\""));
        assertThat(supervisor.get("/supervisor").body()).doesNotContain(hidden);
    }

    private EnrichedFeedback health(String text) {
        return Feedbacks.feedback(Feedbacks.newId(), Feedbacks.UNIT_A, text)
                .setTopic(TopicScore.newBuilder().setTopic(Topic.HEALTH).setConfidence(0.9).build())
                .setPlace(Place.newBuilder().setId(placeId).setName("Thôn " + placeId).setType(PlaceType.VILLAGE)
                        .build())
                .build();
    }

    private static Alert alert(String id, String unit) {
        Instant hour = Instant.parse("2025-11-03T02:00:00Z");
        return Alert.newBuilder().setAlertId(id).setType(AlertType.SPIKE).setUnitCode(unit).setTopic(Topic.HEALTH)
                .setWindowStart(hour).setSummary("SPIKE HEALTH in " + unit + ": 12 in the hour from " + hour)
                .setRaisedAt(Instant.now()).setCount(12L).setBaseline(3.0).build();
    }
}
