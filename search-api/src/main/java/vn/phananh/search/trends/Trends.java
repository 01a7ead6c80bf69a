package vn.phananh.search.trends;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.springframework.stereotype.Service;

import vn.phananh.schema.FeedbackClock;
import vn.phananh.search.query.FeedbackQueries;
import vn.phananh.search.security.Viewer;
import vn.phananh.search.system.SearchProperties;

/** Date histograms and period-over-period comparisons over the viewer's feedback. */
@Service
class Trends {

    /** Day and week buckets follow the local day of the units. */
    static final String TIME_ZONE = FeedbackClock.UNIT_ZONE.getId();
    /** Points per series at most: about 41 days by hour, 2.7 years by day, 19 years by week. */
    static final int MAX_BUCKETS = 1000;

    private final ElasticsearchClient client;
    private final String alias;
    private final Clock clock;

    Trends(ElasticsearchClient client, SearchProperties properties, Clock clock) {
        this.client = client;
        this.alias = properties.indices().feedbackAlias();
        this.clock = clock;
    }

    /**
     * Which feedback a trend counts beyond the viewer's units: some of them ({@code unit}) and some
     * kinds ({@code kind}, e.g. only complaints); empty lists count all.
     */
    record Scope(List<String> unit, List<String> kind) {

        Scope {
            unit = unit == null ? List.of() : List.copyOf(unit);
            kind = kind == null ? List.of() : List.copyOf(kind);
        }
    }

    TrendSeries series(Viewer viewer, String by, Instant from, Instant to, String interval, Scope scope)
            throws IOException {
        String field = TrendDimension.field(by);
        CalendarInterval calendar = TrendDimension.interval(interval);
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(Duration.ofDays(30)) : from;
        checkOrder(start, end);
        long buckets = Duration.between(start, end).dividedBy(TrendDimension.length(calendar)) + 1;
        if (buckets > MAX_BUCKETS) {
            throw new IllegalArgumentException("The period holds more than " + MAX_BUCKETS + " " + calendar.jsonValue()
                    + "s: choose a shorter period or a longer interval");
        }
        var response = client.search(s -> s.index(alias).size(0).query(scoped(viewer, start, end, scope))
                .aggregations("by", Aggregation.of(a -> a.terms(t -> t.field(field).size(50))
                        .aggregations("over", histogram(calendar, start, end)))), Void.class);
        List<TrendSeries.Series> series = response.aggregations().get("by").sterms().buckets().array().stream()
                .map(Trends::series).toList();
        return new TrendSeries(by == null ? "topic" : by, calendar.jsonValue(), start, end, series);
    }

    List<RisingTopic> rising(Viewer viewer, Instant from, Instant to, Scope scope) throws IOException {
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(Duration.ofDays(7)) : from;
        checkOrder(start, end);
        Instant previousStart = start.minus(Duration.between(start, end));
        var response = client.search(s -> s.index(alias).size(0).query(scoped(viewer, previousStart, end, scope))
                .aggregations("topics", Aggregation.of(a -> a.terms(t -> t.field("topic").size(50))
                        .aggregations("periods", Aggregation.of(p -> p.filters(f -> f.filters(k -> k.keyed(Map.of(
                                "current", FeedbackQueries.openedBetween(start, end),
                                "previous", FeedbackQueries.openedBetween(previousStart, start))))))))),
                Void.class);
        return response.aggregations().get("topics").sterms().buckets().array().stream().map(Trends::rising)
                .filter(r -> r.change() > 0)
                .sorted(Comparator.comparingLong(RisingTopic::change).reversed()).toList();
    }

    private static void checkOrder(Instant start, Instant end) {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    // The viewer's units always apply: a unit asked for outside them counts nothing.
    private static Query scoped(Viewer viewer, Instant from, Instant to, Scope scope) {
        return BoolQuery.of(b -> {
            FeedbackQueries.visibleTo(viewer).ifPresent(b::filter);
            if (!scope.unit().isEmpty()) {
                b.filter(FeedbackQueries.anyOf("unitCode", scope.unit()));
            }
            if (!scope.kind().isEmpty()) {
                b.filter(FeedbackQueries.anyOf("kind", scope.kind()));
            }
            return b.filter(FeedbackQueries.openedBetween(from, to)).filter(FeedbackQueries.is("spam", false));
        })._toQuery();
    }

    private static Aggregation histogram(CalendarInterval interval, Instant from, Instant to) {
        return Aggregation.of(a -> a.dateHistogram(h -> h.field("openedAt").calendarInterval(interval)
                .timeZone(TIME_ZONE).minDocCount(0)
                .extendedBounds(e -> e.min(FieldDateMath.of(m -> m.value((double) from.toEpochMilli())))
                        .max(FieldDateMath.of(m -> m.value((double) to.toEpochMilli() - 1))))));
    }

    private static TrendSeries.Series series(StringTermsBucket bucket) {
        var points = bucket.aggregations().get("over").dateHistogram().buckets().array().stream()
                .map(b -> new TrendSeries.Point(Instant.ofEpochMilli(b.key()), b.docCount())).toList();
        return new TrendSeries.Series(bucket.key().stringValue(), bucket.docCount(), points);
    }

    private static RisingTopic rising(StringTermsBucket bucket) {
        var periods = bucket.aggregations().get("periods").filters().buckets().keyed();
        long current = periods.get("current").docCount();
        long previous = periods.get("previous").docCount();
        Double ratio = previous == 0 ? null : (double) current / previous;
        return new RisingTopic(bucket.key().stringValue(), current, previous, current - previous, ratio);
    }
}
