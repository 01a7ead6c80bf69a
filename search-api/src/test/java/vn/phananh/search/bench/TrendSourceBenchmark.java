package vn.phananh.search.bench;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.springframework.core.io.ClassPathResource;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.schema.FeedbackClock;
import vn.phananh.search.indexing.FeedbackDocument;
import vn.phananh.search.indexing.IndexBootstrap;
import vn.phananh.testsupport.RealServices;

/**
 * Should the supervisor's trend chart read {@code feedback.trends.v1} (the processor's hourly
 * points, indexed) instead of aggregating every feedback document? On the real node: the chart's
 * query (topics × days over 30 days for one unit, as {@code Trends.series} asks) over N feedback
 * documents, against the same answer summed from the hourly points of the same documents
 * (unit × topic × hour). Last line: {@code RESULT docs_p99_ms=<x> points_p99_ms=<y> points=<n>}.
 */
public final class TrendSourceBenchmark {

    static final int DOCS = Integer.getInteger("bench.docs", 200_000);
    static final int REQUESTS = Integer.getInteger("bench.requests", 300);

    public static void main(String[] args) throws Exception {
        String url = RealServices.elasticsearch().url();
        ElasticsearchClient client = new ElasticsearchClient(new Rest5ClientTransport(
                Rest5Client.builder(URI.create(url)).build(), new Jackson3JsonpMapper()));
        String docsIndex = "bench-trend-docs-" + System.nanoTime();
        String pointsIndex = "bench-trend-points-" + System.nanoTime();
        List<EnrichedFeedback> records = SearchBenchmark.generate(DOCS);
        index(client, docsIndex, records);
        int points = indexPoints(client, pointsIndex, records);
        client.indices().refresh(r -> r.index(docsIndex, pointsIndex));

        Instant end = Instant.now();
        Instant start = end.minus(Duration.ofDays(30));
        String unit = records.getFirst().getUnitCode();
        long[] docs = time(() -> fromDocuments(client, docsIndex, unit, start, end));
        long[] summed = time(() -> fromPoints(client, pointsIndex, unit, start, end));
        if (fromDocuments(client, docsIndex, unit, start, end) != fromPoints(client, pointsIndex, unit, start, end)) {
            System.out.println("The two answers differ in their totals (hour edges of the period); the timing stands.");
        }
        client.indices().delete(d -> d.index(docsIndex, pointsIndex));
        System.out.printf(Locale.ROOT, "documents: %d, hourly points: %d%n", records.size(), points);
        System.out.printf(Locale.ROOT, "chart over the documents: p50 %d ms, p99 %d ms%n", docs[0], docs[1]);
        System.out.printf(Locale.ROOT, "chart over the points:    p50 %d ms, p99 %d ms%n", summed[0], summed[1]);
        System.out.printf(Locale.ROOT, "RESULT docs_p99_ms=%d points_p99_ms=%d points=%d%n", docs[1], summed[1], points);
    }

    /** Terms of topic, each a day histogram over the period: the chart's request. Returns the total count. */
    static long fromDocuments(ElasticsearchClient client, String index, String unit, Instant from, Instant to) {
        return search(client, index, scoped("unitCode", unit, "openedAt", from, to), "openedAt", null);
    }

    /** The same from hourly points: their counts summed per topic and day. */
    static long fromPoints(ElasticsearchClient client, String index, String unit, Instant from, Instant to) {
        return search(client, index, scoped("unitCode", unit, "windowStart", from, to), "windowStart", "count");
    }

    private static long search(ElasticsearchClient client, String index, Query query, String time, String sum) {
        try {
            var response = client.search(s -> s.index(index).size(0).query(query).aggregations("by",
                    Aggregation.of(a -> a.terms(t -> t.field("topic").size(50)).aggregations("over", Aggregation.of(h -> {
                        var histogram = h.dateHistogram(d -> d.field(time).calendarInterval(CalendarInterval.Day)
                                .timeZone(FeedbackClock.UNIT_ZONE.getId()).minDocCount(0));
                        return sum == null ? histogram : histogram.aggregations("n", Aggregation.of(n -> n.sum(x -> x.field(sum))));
                    })))), Void.class);
            return response.aggregations().get("by").sterms().buckets().array().stream()
                    .flatMap(b -> b.aggregations().get("over").dateHistogram().buckets().array().stream())
                    .mapToLong(d -> sum == null ? d.docCount() : Math.round(d.aggregations().get("n").sum().value()))
                    .sum();
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private static Query scoped(String unitField, String unit, String timeField, Instant from, Instant to) {
        return Query.of(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field(unitField).value(unit)))
                .filter(f -> f.range(r -> r.untyped(u -> u.field(timeField).gte(JsonData.of(from.toEpochMilli()))
                        .lt(JsonData.of(to.toEpochMilli())))))));
    }

    /** p50 and p99 in ms of {@link #REQUESTS} runs after a warm-up. */
    private static long[] time(Supplier<Long> query) {
        for (int i = 0; i < 30; i++) {
            query.get();
        }
        long[] millis = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long started = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(millis);
        return new long[] { millis[REQUESTS / 2], millis[(int) (REQUESTS * 0.99)] };
    }

    private static void index(ElasticsearchClient client, String index, List<EnrichedFeedback> records) throws Exception {
        try (InputStream json = new ClassPathResource(IndexBootstrap.FEEDBACK_MAPPING).getInputStream()) {
            client.indices().create(c -> c.withJson(json).index(index));
        }
        bulk(client, index, records.stream().map(FeedbackDocument::from).map(d -> Map.entry(d.feedbackId(), (Object) d))
                .toList());
    }

    /** What feedback.trends.v1 holds for the same documents: one point per unit, topic and hour. */
    private static int indexPoints(ElasticsearchClient client, String index, List<EnrichedFeedback> records)
            throws Exception {
        client.indices().create(c -> c.index(index).mappings(m -> m.properties("unitCode", p -> p.keyword(k -> k))
                .properties("topic", p -> p.keyword(k -> k)).properties("windowStart", p -> p.date(d -> d))
                .properties("count", p -> p.long_(l -> l))));
        Map<String, long[]> counts = new HashMap<>();
        for (EnrichedFeedback f : records) {
            Instant hour = FeedbackClock.openedAt(f.getOccurredAt(), f.getReceivedAt()).truncatedTo(ChronoUnit.HOURS);
            String key = f.getUnitCode() + "|" + f.getTopic().getTopic() + "|" + hour.toEpochMilli();
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
        }
        List<Map.Entry<String, Object>> points = new ArrayList<>();
        counts.forEach((key, n) -> {
            String[] parts = key.split("\\|");
            points.add(Map.entry(key, Map.of("unitCode", parts[0], "topic", parts[1], "windowStart", Long.parseLong(parts[2]),
                    "count", n[0])));
        });
        bulk(client, index, points);
        return points.size();
    }

    private static void bulk(ElasticsearchClient client, String index, List<Map.Entry<String, Object>> docs)
            throws Exception {
        for (int from = 0; from < docs.size(); from += SearchBenchmark.BULK) {
            List<BulkOperation> ops = docs.subList(from, Math.min(docs.size(), from + SearchBenchmark.BULK)).stream()
                    .map(d -> BulkOperation.of(o -> o.index(i -> i.index(index).id(d.getKey()).document(d.getValue()))))
                    .toList();
            if (client.bulk(b -> b.operations(ops)).errors()) {
                throw new IllegalStateException("bulk had errors");
            }
        }
    }

    private TrendSourceBenchmark() {
    }
}
