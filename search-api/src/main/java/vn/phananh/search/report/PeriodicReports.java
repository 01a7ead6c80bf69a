package vn.phananh.search.report;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.stereotype.Service;

import vn.phananh.search.indexing.FeedbackDocument;
import vn.phananh.search.query.FeedbackQueries;
import vn.phananh.search.security.Viewer;
import vn.phananh.search.system.NotFoundException;
import vn.phananh.search.system.SearchProperties;
import vn.phananh.search.trends.RisingTopic;
import vn.phananh.text.PiiMasker;
import vn.phananh.units.UnitDefinition;
import vn.phananh.units.UnitRegistry;

/**
 * Makes the periodic review report of one unit from aggregations over the feedback index: one
 * aggregation request for the figures, one for the previous period's topics, and two small
 * searches for the overdue list and the answered examples.
 */
@Service
public class PeriodicReports {

    private static final List<String> OVERDUE_FIELDS = List.of("feedbackId", "topic", "kind", "place", "openedAt",
            "receivedAt", "deadline", "status");
    private static final List<String> EXAMPLE_FIELDS = List.of("feedbackId", "topic", "maskedText", "answer.text",
            "answeredAt", "answeredOnTime");

    private final ElasticsearchClient client;
    private final String alias;
    private final Clock clock;
    private final UnitRegistry units;
    private final PiiMasker masker = new PiiMasker();

    PeriodicReports(ElasticsearchClient client, SearchProperties properties, Clock clock, UnitRegistry units) {
        this.client = client;
        this.alias = properties.indices().feedbackAlias();
        this.clock = clock;
        this.units = units;
    }

    /**
     * The report of {@code unit} for {@code period}; a unit that does not exist or that the viewer
     * may not see is not found, like another unit's feedback.
     */
    public PeriodicReport report(Viewer viewer, String unit, ReportPeriod period) throws IOException {
        UnitDefinition definition = units.current().unit(unit).filter(u -> viewer.canSee(u.code()))
                .orElseThrow(() -> new NotFoundException("No unit " + unit));
        Instant now = clock.instant();
        Query scope = received(unit, period);
        var response = client.search(s -> s.index(alias).size(0).trackTotalHits(t -> t.enabled(true)).query(scope)
                .aggregations(figures(now)), Void.class);
        Map<String, Aggregate> aggs = response.aggregations();
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        var received = new PeriodicReport.Received(total, counts(aggs.get("channels")), counts(aggs.get("topics")),
                counts(aggs.get("kinds")));
        long answered = aggs.get("answered").filter().docCount();
        long onTime = aggs.get("onTime").filter().docCount();
        Double percent = answered == 0 ? null : Math.round(1000.0 * onTime / answered) / 10.0;
        return new PeriodicReport(definition.code(), definition.name(), PeriodicReport.Period.of(period), now,
                received, answered, onTime, answered - onTime, percent, median(aggs.get("firstAnswer")),
                aggs.get("overdue").filter().docCount(), overdue(scope, now), places(aggs),
                rising(received.byTopic(), previousTopics(unit, period)), examples(scope),
                satisfaction(aggs.get("rated")));
    }

    private static Query received(String unit, ReportPeriod period) {
        return BoolQuery.of(b -> b.filter(FeedbackQueries.anyOf("unitCode", List.of(unit)))
                .filter(FeedbackQueries.openedBetween(period.from(), period.to()))
                .filter(FeedbackQueries.is("spam", false)))._toQuery();
    }

    private static Map<String, Aggregation> figures(Instant now) {
        Map<String, Aggregation> aggs = new HashMap<>();
        aggs.put("channels", terms("channel", 20));
        aggs.put("topics", terms("topic", 50));
        aggs.put("kinds", terms("kind", 20));
        aggs.put("answered", Aggregation.of(a -> a.filter(FeedbackQueries.answered())));
        aggs.put("onTime", Aggregation.of(a -> a.filter(FeedbackQueries.is("answeredOnTime", true))));
        aggs.put("overdue", Aggregation.of(a -> a.filter(FeedbackQueries.overdue(now))));
        aggs.put("firstAnswer", Aggregation.of(a -> a.percentiles(p -> p.field("firstAnswerMinutes").percents(50.0)
                .keyed(false))));
        aggs.put("places", Aggregation.of(a -> a.terms(t -> t.field("place.id").size(PeriodicReport.PLACES))
                .aggregations("name", terms("place.name", 1))));
        aggs.put("rated", Aggregation.of(a -> a.filter(f -> f.exists(e -> e.field("satisfied")))
                .aggregations("satisfied", Aggregation.of(x -> x.filter(FeedbackQueries.is("satisfied", true))))
                .aggregations("score", Aggregation.of(x -> x.stats(st -> st.field("satisfactionScore"))))));
        aggs.put("nowhere", Aggregation.of(a -> a.missing(m -> m.field("place.id"))));
        return aggs;
    }

    private static Aggregation terms(String field, int size) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(size)));
    }

    private static List<PeriodicReport.Count> counts(Aggregate terms) {
        return terms.sterms().buckets().array().stream()
                .map(b -> new PeriodicReport.Count(b.key().stringValue(), b.docCount())).toList();
    }

    private static PeriodicReport.Satisfaction satisfaction(Aggregate rated) {
        var sub = rated.filter().aggregations();
        var score = sub.get("score").stats();
        return PeriodicReport.Satisfaction.of(rated.filter().docCount(), sub.get("satisfied").filter().docCount(),
                score.count(), score.avg());
    }

    private static Double median(Aggregate percentiles) {
        return percentiles.tdigestPercentiles().values().array().stream().findFirst()
                .map(p -> p.value() == null || p.value().isNaN() ? null : p.value()).orElse(null);
    }

    private static List<PeriodicReport.PlaceCount> places(Map<String, Aggregate> aggs) {
        List<PeriodicReport.PlaceCount> places = new ArrayList<>(aggs.get("places").sterms().buckets().array()
                .stream().map(PeriodicReports::place).toList());
        long nowhere = aggs.get("nowhere").missing().docCount();
        if (nowhere > 0) {
            places.add(new PeriodicReport.PlaceCount(null, null, nowhere));
        }
        return places;
    }

    private static PeriodicReport.PlaceCount place(StringTermsBucket bucket) {
        String id = bucket.key().stringValue();
        String name = bucket.aggregations().get("name").sterms().buckets().array().stream().findFirst()
                .map(b -> b.key().stringValue()).orElse(id);
        return new PeriodicReport.PlaceCount(id, name, bucket.docCount());
    }

    private List<PeriodicReport.Count> previousTopics(String unit, ReportPeriod period) throws IOException {
        var response = client.search(s -> s.index(alias).size(0).query(received(unit, period.previous()))
                .aggregations("topics", terms("topic", 50)), Void.class);
        return counts(response.aggregations().get("topics"));
    }

    /** Topics received more often than in the period before, the largest rise first. */
    static List<RisingTopic> rising(List<PeriodicReport.Count> current, List<PeriodicReport.Count> previous) {
        Map<String, Long> now = new HashMap<>();
        Map<String, Long> before = new HashMap<>();
        current.forEach(c -> now.put(c.code(), c.count()));
        previous.forEach(c -> before.put(c.code(), c.count()));
        Set<String> topics = new LinkedHashSet<>(now.keySet());
        return topics.stream().map(t -> risingTopic(t, now.getOrDefault(t, 0L), before.getOrDefault(t, 0L)))
                .filter(r -> r.change() > 0)
                .sorted(Comparator.comparingLong(RisingTopic::change).reversed().thenComparing(RisingTopic::topic))
                .toList();
    }

    private static RisingTopic risingTopic(String topic, long current, long previous) {
        return new RisingTopic(topic, current, previous, current - previous,
                previous == 0 ? null : (double) current / previous);
    }

    private List<PeriodicReport.OverdueItem> overdue(Query scope, Instant now) throws IOException {
        Query query = BoolQuery.of(b -> b.filter(scope, FeedbackQueries.overdue(now)))._toQuery();
        var response = client.search(s -> s.index(alias).query(query).size(PeriodicReport.OVERDUE_LISTED)
                .sort(o -> o.field(f -> f.field("deadline").order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field("feedbackId").order(SortOrder.Asc)))
                .source(src -> src.filter(f -> f.includes(OVERDUE_FIELDS))), Source.class);
        return response.hits().hits().stream().map(Hit::source).map(PeriodicReports::overdueItem).toList();
    }

    /** The few fields of a document the lists read (all boxed: each list fetches only some). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Source(String feedbackId, String topic, String kind, String status, String maskedText,
            FeedbackDocument.PlaceDoc place, FeedbackDocument.AnswerDoc answer, Long openedAt, Long receivedAt,
            Long deadline, Long answeredAt, Boolean answeredOnTime) {
    }

    private static PeriodicReport.OverdueItem overdueItem(Source d) {
        Long opened = d.openedAt() != null ? d.openedAt() : d.receivedAt();
        return new PeriodicReport.OverdueItem(d.feedbackId(), d.topic(), d.kind(),
                d.place() == null ? null : d.place().name(), instant(opened), instant(d.deadline()), d.status());
    }

    /** The latest answered feedback of the period: masked text and answer, masked once more. */
    private List<PeriodicReport.Example> examples(Query scope) throws IOException {
        Query query = BoolQuery.of(b -> b.filter(scope, FeedbackQueries.answered()))._toQuery();
        var response = client.search(s -> s.index(alias).query(query).size(PeriodicReport.EXAMPLES)
                .sort(o -> o.field(f -> f.field("answeredAt").order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("feedbackId").order(SortOrder.Asc)))
                .source(src -> src.filter(f -> f.includes(EXAMPLE_FIELDS))), Source.class);
        return response.hits().hits().stream().map(Hit::source).map(this::example).toList();
    }

    private PeriodicReport.Example example(Source d) {
        String answer = d.answer() == null ? null : mask(d.answer().text());
        return new PeriodicReport.Example(d.feedbackId(), d.topic(), mask(d.maskedText()), answer,
                instant(d.answeredAt()), d.answeredOnTime());
    }

    private String mask(String text) {
        return text == null ? null : masker.mask(text).text();
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
