package vn.phananh.search.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import vn.phananh.avro.Channel;
import vn.phananh.avro.Kind;
import vn.phananh.avro.Sentiment;
import vn.phananh.avro.Status;
import vn.phananh.avro.Topic;
import vn.phananh.avro.TopicScore;
import vn.phananh.search.ApiTestBase;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest extends ApiTestBase {

    final String place = newPlace();
    final String flooded = Feedbacks.newId();
    final String floodedNoAccents = Feedbacks.newId();
    final String yawning = Feedbacks.newId();
    final String lamp = Feedbacks.newId();
    final String overdue = Feedbacks.newId();

    @BeforeAll
    void seed() {
        Instant now = Instant.now();
        index(at(Feedbacks.feedback(flooded, Feedbacks.UNIT_A, "Đường ngập sâu ở thôn 3 sau mưa lớn"), place)
                        .setChannel(Channel.FACEBOOK).setUrgent(true).build(),
                at(Feedbacks.feedback(floodedNoAccents, Feedbacks.UNIT_A, "duong ngap qua xe khong di duoc"), place)
                        .setReceivedAt(now.minus(Duration.ofDays(2))).build(),
                at(Feedbacks.feedback(yawning, Feedbacks.UNIT_A, "Cán bộ Dương ngáp ngủ trong giờ tiếp dân"), place)
                        .setTopic(score(Topic.OFFICIAL_CONDUCT)).setKind(Kind.DENUNCIATION)
                        .setChannel(Channel.DESK).build(),
                at(Feedbacks.feedback(lamp, Feedbacks.UNIT_A, "Đèn đường hỏng cả tháng nay"), place)
                        .setSentiment(Sentiment.NEUTRAL).setKind(Kind.REQUEST).setStatus(Status.ACKNOWLEDGED).build(),
                at(Feedbacks.feedback(overdue, Feedbacks.UNIT_A, "Rác thải chưa được thu gom"), place)
                        .setTopic(score(Topic.ENVIRONMENT)).setReceivedAt(now.minus(Duration.ofDays(10)))
                        .setDeadline(now.minus(Duration.ofDays(3))).build());
    }

    @ParameterizedTest(name = "\"{0}\" finds the flooded road")
    @CsvSource({ "duong ngap", "đường ngập", "DUONG NGAP", "duong ngapp", "đuòng ngập", "ngập đường" })
    void findsFloodedRoadWithOrWithoutDiacriticsAndWithTypos(String query) {
        assertThat(ids(search("q=" + q(query)))).contains(flooded, floodedNoAccents).doesNotContain(lamp, overdue);
    }

    @Test
    void ranksTheExactDiacriticsFirst() {
        assertThat(ids(search("q=" + q("đường ngập"))).getFirst()).isEqualTo(flooded);
        assertThat(ids(search("q=" + q("dương ngáp"))).getFirst()).isEqualTo(yawning);
    }

    @Test
    void highlightsTheMatchedWords() {
        JsonNode first = search("q=" + q("đường ngập")).get("items").get(0);
        assertThat(first.get("highlights").get("maskedText").get(0).asString()).contains("<em>Đường</em>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "topic=OFFICIAL_CONDUCT, 1", "kind=REQUEST, 1", "kind=DENUNCIATION&kind=REQUEST, 2",
            "sentiment=NEUTRAL, 1", "channel=FACEBOOK, 1", "channel=DESK, 1", "status=ACKNOWLEDGED, 1",
            "urgent=true, 1", "urgent=false, 4", "overdue=true, 1", "overdue=false, 4", "unit=xa-hung-cuong, 5",
            "unit=phuong-thach-thang, 0", "spam=false, 5" })
    void filtersOnEveryField(String filter, int expected) {
        assertThat(search(filter).get("total").asLong()).isEqualTo(expected);
    }

    @Test
    void filtersOnTheDateRange() {
        Instant now = Instant.now();
        String lastDay = "from=" + now.minus(Duration.ofDays(1)) + "&to=" + now.plusSeconds(60);
        assertThat(ids(search(lastDay))).containsExactlyInAnyOrder(flooded, yawning, lamp);
    }

    @Test
    void countsEveryFacet() {
        JsonNode facets = search("").get("facets");
        assertThat(count(facets, "topic", "INFRASTRUCTURE")).isEqualTo(3);
        assertThat(count(facets, "topic", "ENVIRONMENT")).isEqualTo(1);
        assertThat(count(facets, "kind", "COMPLAINT")).isEqualTo(3);
        assertThat(count(facets, "sentiment", "NEGATIVE")).isEqualTo(4);
        assertThat(count(facets, "channel", "ZALO")).isEqualTo(3);
        assertThat(count(facets, "status", "NEW")).isEqualTo(4);
        assertThat(count(facets, "urgent", "true")).isEqualTo(1);
        assertThat(count(facets, "unit", Feedbacks.UNIT_A)).isEqualTo(5);
        assertThat(count(facets, "place", place)).isEqualTo(5);
        assertThat(count(facets, "overdue", "true")).isEqualTo(1);
    }

    @Test
    void sortsByDeadlineAndNewest() {
        assertThat(ids(search("sort=deadline")).getFirst()).isEqualTo(overdue);
        assertThat(ids(search("sort=newest")).getLast()).isEqualTo(overdue);
    }

    @Test
    void pagesThroughEverythingWithTheCursor() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = search("size=2&sort=newest" + (cursor == null ? "" : "&cursor=" + cursor));
            seen.addAll(ids(page));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null);
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void readsOneFeedbackAndAnswersProblemDetailsForErrors() {
        assertThat(get("/api/v1/feedback/" + flooded, STAFF_A).json().get("maskedText").asString())
                .startsWith("Đường ngập");
        Response missing = get("/api/v1/feedback/" + Feedbacks.newId(), STAFF_A);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).contains("application/problem+json");
        assertThat(missing.json().get("type").asString()).endsWith("/not-found");
        assertThat(get("/api/v1/feedback?size=5000", STAFF_A).status()).isEqualTo(400);
        assertThat(get("/api/v1/feedback?from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z", STAFF_A).status())
                .isEqualTo(400);
        Response bad = get("/api/v1/feedback?sort=sideways", STAFF_A);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).doesNotContain("Exception").doesNotContain("at vn.");
        assertThat(get("/api/v1/feedback?cursor=not-a-cursor", STAFF_A).status()).isEqualTo(400);
    }

    @Test
    void exportsTheFilteredFeedbackAsCsv() {
        Response csv = get("/api/v1/feedback/export.csv?place=" + place, STAFF_A);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo(CsvExport.HEADER);
        assertThat(lines).hasSize(6);
        assertThat(csv.body()).contains(flooded, yawning).doesNotContain(Feedbacks.CONTACT);
    }

    private JsonNode search(String params) {
        Response r = get("/api/v1/feedback?place=" + place + (params.isEmpty() ? "" : "&" + params), STAFF_A);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(i -> i.get("feedbackId").asString()).toList();
    }

    private static long count(JsonNode facets, String facet, String value) {
        return StreamSupport.stream(facets.get(facet).spliterator(), false)
                .filter(b -> b.get("value").asString().equals(value)).mapToLong(b -> b.get("count").asLong())
                .findFirst().orElse(0);
    }

    private static TopicScore score(Topic topic) {
        return TopicScore.newBuilder().setTopic(topic).setConfidence(0.8).build();
    }
}
