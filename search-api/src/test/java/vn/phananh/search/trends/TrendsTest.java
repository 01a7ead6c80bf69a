package vn.phananh.search.trends;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import vn.phananh.avro.Alert;
import vn.phananh.avro.AlertType;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.Topic;
import vn.phananh.avro.TopicScore;
import vn.phananh.search.ApiTestBase;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrendsTest extends ApiTestBase {

    /** A quiet past period starting at a Monday midnight in Vietnam (+07:00), away from other tests. */
    final Instant start = Instant.parse("2024-03-03T17:00:00Z").plus((long) (Math.random() * 500) * 14,
            ChronoUnit.DAYS);
    final Instant middle = start.plus(Duration.ofDays(7));
    final Instant end = middle.plus(Duration.ofDays(7));
    final String alertA = "alert-" + Feedbacks.newId();
    final String alertB = "alert-" + Feedbacks.newId();

    @BeforeAll
    void seed() {
        List<EnrichedFeedback> docs = new ArrayList<>();
        // Previous week: 1 HEALTH, 2 EDUCATION; this week: 4 HEALTH, 1 EDUCATION.
        docs.add(on(Topic.HEALTH, start.plus(Duration.ofDays(1))));
        docs.add(on(Topic.EDUCATION, start.plus(Duration.ofDays(2))));
        docs.add(on(Topic.EDUCATION, start.plus(Duration.ofDays(2))));
        for (int i = 0; i < 3; i++) {
            docs.add(on(Topic.HEALTH, middle.plus(Duration.ofDays(1)).plus(Duration.ofHours(i))));
        }
        // Sent this week, delivered after the period (a channel catching up): counts when it was sent.
        Instant sent = middle.plus(Duration.ofDays(1)).plus(Duration.ofHours(3));
        docs.add(EnrichedFeedback.newBuilder(on(Topic.HEALTH, end.plus(Duration.ofDays(2)))).setOccurredAt(sent).build());
        docs.add(on(Topic.EDUCATION, middle.plus(Duration.ofDays(3))));
        index(docs.toArray(EnrichedFeedback[]::new));
        stack.sendAlerts(alert(alertA, Feedbacks.UNIT_A), alert(alertB, Feedbacks.UNIT_B));
    }

    @Test
    void seriesCountPerTopicAndDay() {
        JsonNode trend = get("/api/v1/trends?by=topic&interval=day&from=" + start + "&to=" + end, STAFF_A).json();
        JsonNode health = series(trend, "HEALTH");
        assertThat(health.get("total").asLong()).isEqualTo(5);
        assertThat(health.get("points")).hasSize(14);
        long sum = StreamSupport.stream(health.get("points").spliterator(), false)
                .mapToLong(p -> p.get("count").asLong()).sum();
        assertThat(sum).isEqualTo(5);
        JsonNode weekly = get("/api/v1/trends?by=topic&interval=week&from=" + start + "&to=" + end, STAFF_A).json();
        assertThat(series(weekly, "EDUCATION").get("total").asLong()).isEqualTo(3);
    }

    @Test
    void staffOfAnotherUnitSeeNothingOfIt() {
        JsonNode trend = get("/api/v1/trends?by=topic&from=" + start + "&to=" + end, STAFF_B).json();
        assertThat(trend.get("series")).isEmpty();
    }

    @Test
    void risingTopicsCompareWithThePreviousPeriod() {
        JsonNode rising = get("/api/v1/trends/rising?from=" + middle + "&to=" + end, STAFF_A).json();
        assertThat(rising).hasSize(1);
        assertThat(rising.get(0).get("topic").asString()).isEqualTo("HEALTH");
        assertThat(rising.get(0).get("current").asLong()).isEqualTo(4);
        assertThat(rising.get(0).get("previous").asLong()).isEqualTo(1);
    }

    @Test
    void recentAlertsOfTheOwnUnitOnly() {
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/v1/alerts", SUPERVISOR).body().contains(alertB));
        String mine = get("/api/v1/alerts", STAFF_A).body();
        assertThat(mine).contains(alertA).doesNotContain(alertB);
    }

    @Test
    void aUnitAndAKindNarrowTheCountWithinTheViewersUnits() {
        String range = "&from=" + start + "&to=" + end;
        JsonNode kinds = get("/api/v1/trends?by=kind&interval=week" + range, STAFF_A).json();
        assertThat(series(kinds, "COMPLAINT").get("total").asLong()).isEqualTo(8);
        JsonNode ofUnit = get("/api/v1/trends?by=topic&unit=" + Feedbacks.UNIT_A + "&kind=COMPLAINT" + range, SUPERVISOR).json();
        assertThat(series(ofUnit, "HEALTH").get("total").asLong()).isEqualTo(5);
        assertThat(get("/api/v1/trends?by=topic&unit=" + Feedbacks.UNIT_B + range, SUPERVISOR).json().get("series")).isEmpty();
        assertThat(get("/api/v1/trends?by=topic&kind=PRAISE" + range, SUPERVISOR).json().get("series")).isEmpty();
        // Another unit's staff asking for it by name still count nothing of it.
        assertThat(get("/api/v1/trends?by=topic&unit=" + Feedbacks.UNIT_A + range, STAFF_B).json().get("series")).isEmpty();
        assertThat(get("/api/v1/trends/rising?unit=" + Feedbacks.UNIT_B + "&from=" + middle + "&to=" + end, SUPERVISOR).json())
                .isEmpty();
        assertThat(get("/api/v1/trends/rising?unit=" + Feedbacks.UNIT_A + "&from=" + middle + "&to=" + end, SUPERVISOR).json())
                .hasSize(1);
    }

    @Test
    void rejectsUnknownDimensions() {
        assertThat(get("/api/v1/trends?by=weather", STAFF_A).status()).isEqualTo(400);
        assertThat(get("/api/v1/trends?interval=minute", STAFF_A).status()).isEqualTo(400);
    }

    private static JsonNode series(JsonNode trend, String key) {
        return StreamSupport.stream(trend.get("series").spliterator(), false)
                .filter(s -> s.get("key").asString().equals(key)).findFirst().orElseThrow();
    }

    private static EnrichedFeedback on(Topic topic, Instant received) {
        return Feedbacks.feedback(Feedbacks.newId(), Feedbacks.UNIT_A, "Trạm y tế đông")
                .setTopic(TopicScore.newBuilder().setTopic(topic).setConfidence(0.9).build())
                .setReceivedAt(received).setEnrichedAt(received).setDeadline(received.plus(Duration.ofDays(3)))
                .build();
    }

    private static Alert alert(String id, String unit) {
        return Alert.newBuilder().setAlertId(id).setType(AlertType.SPIKE).setUnitCode(unit).setTopic(Topic.HEALTH)
                .setSummary("Phản ánh về y tế tăng đột biến").setRaisedAt(Instant.now()).setCount(12L)
                .setBaseline(3.0).build();
    }
}
