package vn.phananh.processor.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phananh.processor.topology.TopologyFixture.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.Test;

import vn.phananh.avro.Alert;
import vn.phananh.avro.AlertType;
import vn.phananh.avro.RawFeedback;
import vn.phananh.avro.Topic;
import vn.phananh.avro.TrendInterval;
import vn.phananh.avro.TrendPoint;
import vn.phananh.processor.topology.TopologyFixture;

class TrendsAndAlertsTest {

    // 09:00 on Monday 3 November 2025 in Vietnam (UTC+7).
    private static final Instant NINE_AM = Instant.parse("2025-11-03T02:00:00Z");

    @Test
    void countsFeedbackPerUnitAndTopicInHourlyWindows() {
        try (var fx = new TopologyFixture()) {
            fx.send(feedback("a", "Rác ùn ứ ở chợ", NINE_AM.plusSeconds(5 * 60)));
            fx.send(feedback("b", "Rác đốt khói đen", NINE_AM.plusSeconds(40 * 60)));
            fx.send(feedback("c", "Đường ổ gà", NINE_AM.plusSeconds(50 * 60)));
            fx.send(feedback("d", "Rác chưa thu gom", NINE_AM.plusSeconds(70 * 60)));

            Map<String, TrendPoint> hourly = hourlyCounts(fx);
            assertThat(hourly).containsOnlyKeys(
                    "xa-tan-lap/ENVIRONMENT/HOURLY/2025-11-03T02:00:00Z",
                    "xa-tan-lap/INFRASTRUCTURE/HOURLY/2025-11-03T02:00:00Z",
                    "xa-tan-lap/ENVIRONMENT/HOURLY/2025-11-03T03:00:00Z");
            TrendPoint environmentAtNine = hourly.get("xa-tan-lap/ENVIRONMENT/HOURLY/2025-11-03T02:00:00Z");
            assertThat(environmentAtNine.getCount()).isEqualTo(2);
            assertThat(environmentAtNine.getComplaintCount()).isEqualTo(2);
            assertThat(environmentAtNine.getNegativeCount()).isEqualTo(2);
            assertThat(environmentAtNine.getUrgentCount()).isZero();
            assertThat(environmentAtNine.getWindowEnd()).isEqualTo(Instant.parse("2025-11-03T03:00:00Z"));
        }
    }

    @Test
    void countsABacklogInTheHoursItWasSentNotWhenItArrived() {
        try (var fx = new TopologyFixture()) {
            Instant delivered = NINE_AM.plusSeconds(3 * 3600);
            // Three messages sent one per hour, delivered together (a channel catching up) ...
            IntStream.range(0, 3).forEach(i -> fx.send(RawFeedback.newBuilder(feedback("late-" + i, "Rác ùn ứ", delivered))
                    .setOccurredAt(NINE_AM.plusSeconds(i * 3600L + 60)).build()));

            Map<String, TrendPoint> hourly = hourlyCounts(fx);
            assertThat(hourly).containsOnlyKeys(
                    "xa-tan-lap/ENVIRONMENT/HOURLY/2025-11-03T02:00:00Z",
                    "xa-tan-lap/ENVIRONMENT/HOURLY/2025-11-03T03:00:00Z",
                    "xa-tan-lap/ENVIRONMENT/HOURLY/2025-11-03T04:00:00Z");
            assertThat(hourly.values()).extracting(TrendPoint::getCount).containsOnly(1L);
        }
    }

    @Test
    void countsNeitherSpamNorLaterRevisionsOfTheSameFeedback() {
        try (var fx = new TopologyFixture()) {
            fx.send(feedback("a", "Rác ùn ứ ở chợ", NINE_AM));
            fx.send(TopologyFixture.action("a", vn.phananh.avro.StatusAction.ACKNOWLEDGE, NINE_AM.plusSeconds(60)));
            fx.send(feedback("s", "quảng cáo vay tiền nhanh lãi suất thấp", NINE_AM.plusSeconds(120)));

            assertThat(hourlyCounts(fx)).hasSize(1).allSatisfy((key, counts) -> assertThat(counts.getCount()).isEqualTo(1));
        }
    }

    @Test
    void raisesOneSpikeAlertWhenAnHourRisesFarAboveTheLastDay() {
        try (var fx = new TopologyFixture()) {
            // Two feedback an hour for the previous 24 hours, in time order: a baseline of 2 per hour.
            IntStream.rangeClosed(1, 24).map(h -> 25 - h).forEach(h -> {
                Instant hour = NINE_AM.minusSeconds(h * 3600L);
                fx.send(feedback("base-" + h + "-1", "Rác ùn ứ", hour.plusSeconds(60)));
                fx.send(feedback("base-" + h + "-2", "Rác ùn ứ", hour.plusSeconds(120)));
            });
            IntStream.range(0, 7).forEach(i -> fx.send(feedback("now-" + i, "Rác ùn ứ", NINE_AM.plusSeconds(i * 60L))));

            List<Alert> spikes = spikes(fx.alerts.readValuesToList());
            assertThat(spikes).hasSize(1);
            Alert spike = spikes.get(0);
            // 6 = 3 × baseline 2: the sixth feedback of the hour raises it, the seventh not again.
            assertThat(spike.getCount()).isEqualTo(6);
            assertThat(spike.getBaseline()).isEqualTo(2.0);
            assertThat(spike.getAlertId()).isEqualTo("spike:xa-tan-lap:ENVIRONMENT:2025-11-03T02:00:00Z");
            assertThat(spike.getTopic()).isEqualTo(Topic.ENVIRONMENT);
            assertThat(spike.getWindowStart()).isEqualTo(java.time.Instant.parse("2025-11-03T02:00:00Z"));
            assertThat(spike.getSummary()).isEqualTo(
                    "SPIKE ENVIRONMENT in xa-tan-lap: 6 in the hour from 2025-11-03T02:00:00Z, baseline 2.0 an hour");
        }
    }

    @Test
    void raisesNoSpikeBelowTheMinimumCount() {
        try (var fx = new TopologyFixture()) {
            IntStream.range(0, 4).forEach(i -> fx.send(feedback("now-" + i, "Rác ùn ứ", NINE_AM.plusSeconds(i * 60L))));

            assertThat(spikes(fx.alerts.readValuesToList())).isEmpty();
        }
    }

    @Test
    void raisesUrgentAlertAtOnceWithoutPersonalData() {
        try (var fx = new TopologyFixture()) {
            fx.send(feedback("f1", "Cháy nhà ở thôn 2, gọi 0912345678, đường vào cháy to", NINE_AM));

            List<Alert> alerts = fx.alerts.readValuesToList();
            assertThat(alerts).singleElement().satisfies(alert -> {
                assertThat(alert.getAlertId()).isEqualTo("urgent:f1");
                assertThat(alert.getType()).isEqualTo(AlertType.URGENT);
                assertThat(alert.getFeedbackId()).isEqualTo("f1");
                assertThat(alert.getRaisedAt()).isEqualTo(NINE_AM);
                assertThat(alert.getTopic()).isEqualTo(Topic.INFRASTRUCTURE);
                assertThat(alert.getSummary()).isEqualTo("URGENT INFRASTRUCTURE feedback f1")
                        .doesNotContain("0912345678").doesNotContain("Nguyễn Văn An").doesNotContain("Cháy nhà");
            });
        }
    }

    /** The hourly counts held for the spike rule, by unitCode/topic/HOURLY/windowStart. */
    private static Map<String, TrendPoint> hourlyCounts(TopologyFixture fx) {
        Map<String, TrendPoint> counts = new java.util.TreeMap<>();
        WindowStore<String, TrendPoint> store = fx.driver.getWindowStore(TrendTopology.HOURLY_STORE);
        try (KeyValueIterator<Windowed<String>, TrendPoint> all = store.all()) {
            all.forEachRemaining(kv -> {
                TrendPoint point = TrendCounts.point(kv.key, kv.value, TrendInterval.HOURLY);
                counts.put(TrendCounts.key(point), point);
            });
        }
        return counts;
    }

    private static List<Alert> spikes(List<Alert> alerts) {
        return alerts.stream().filter(a -> a.getType() == AlertType.SPIKE).toList();
    }
}
