package vn.phananh.search.accountability;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.springframework.stereotype.Service;

import vn.phananh.search.query.FeedbackQueries;
import vn.phananh.search.system.SearchProperties;

/** Per-unit accountability figures from one aggregation over the feedback index. */
@Service
class UnitRecords {

    private final ElasticsearchClient client;
    private final String alias;
    private final Clock clock;

    UnitRecords(ElasticsearchClient client, SearchProperties properties, Clock clock) {
        this.client = client;
        this.alias = properties.indices().feedbackAlias();
        this.clock = clock;
    }

    /** Figures for every unit inside {@code scope} (all units when empty). */
    List<UnitRecord> forPeriod(Optional<Query> scope, Instant from, Instant to) throws IOException {
        Instant now = clock.instant();
        Period period = Period.of(from, to, now);
        Query query = BoolQuery.of(b -> {
            scope.ifPresent(b::filter);
            return b.filter(FeedbackQueries.openedBetween(period.from(), period.to()))
                    .filter(FeedbackQueries.is("spam", false));
        })._toQuery();
        var response = client.search(s -> s.index(alias).size(0).query(query)
                .aggregations("units", perUnit(now)), Void.class);
        return response.aggregations().get("units").sterms().buckets().array().stream().map(UnitRecords::read)
                .toList();
    }

    private static Aggregation perUnit(Instant now) {
        return Aggregation.of(a -> a.terms(t -> t.field("unitCode").size(1000))
                .aggregations(Map.of(
                        "answered", Aggregation.of(x -> x.filter(FeedbackQueries.answered())),
                        "onTime", Aggregation.of(x -> x.filter(FeedbackQueries.is("answeredOnTime", true))),
                        "overdue", Aggregation.of(x -> x.filter(FeedbackQueries.overdue(now))),
                        "rated", Aggregation.of(x -> x.filter(f -> f.exists(e -> e.field("satisfied")))),
                        "satisfied", Aggregation.of(x -> x.filter(FeedbackQueries.is("satisfied", true))),
                        "firstAnswer", Aggregation.of(x -> x.percentiles(p -> p.field("firstAnswerMinutes")
                                .percents(50.0).keyed(false))))));
    }

    private static UnitRecord read(StringTermsBucket bucket) {
        Map<String, Aggregate> sub = bucket.aggregations();
        long answered = sub.get("answered").filter().docCount();
        long onTime = sub.get("onTime").filter().docCount();
        Double percent = answered == 0 ? null : Math.round(1000.0 * onTime / answered) / 10.0;
        long rated = sub.get("rated").filter().docCount();
        long satisfied = sub.get("satisfied").filter().docCount();
        Double satisfiedPercent = rated == 0 ? null : Math.round(1000.0 * satisfied / rated) / 10.0;
        return new UnitRecord(bucket.key().stringValue(), bucket.docCount(), answered, onTime, percent,
                median(sub.get("firstAnswer")), sub.get("overdue").filter().docCount(), rated, satisfied, satisfiedPercent);
    }

    private static Double median(Aggregate percentiles) {
        return percentiles.tdigestPercentiles().values().array().stream().findFirst()
                .map(p -> p.value() == null || p.value().isNaN() ? null : p.value()).orElse(null);
    }
}
