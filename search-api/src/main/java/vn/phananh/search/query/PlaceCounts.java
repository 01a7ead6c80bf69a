package vn.phananh.search.query;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.springframework.stereotype.Component;

import vn.phananh.search.query.FeedbackFilter;
import vn.phananh.search.query.FeedbackQueries;
import vn.phananh.search.security.Viewer;
import vn.phananh.search.system.SearchProperties;

/** Feedback by place (a terms aggregation on the place id, with its name) over a period. */
@Component
class PlaceCounts {

    private final ElasticsearchClient client;
    private final String alias;
    private final Clock clock;

    PlaceCounts(ElasticsearchClient client, SearchProperties properties, Clock clock) {
        this.client = client;
        this.alias = properties.indices().feedbackAlias();
        this.clock = clock;
    }

    /** The busiest places first; the last line counts feedback that named no place. */
    List<PlaceCount> top(Viewer viewer, Instant from, Instant to, int size) throws IOException {
        List<Query> filters = new ArrayList<>(
                FeedbackQueries.filters(viewer, FeedbackFilter.period(List.of(), from, to), clock.instant()));
        filters.add(FeedbackQueries.is("spam", false));
        var response = client.search(s -> s.index(alias).size(0)
                .query(BoolQuery.of(b -> b.filter(filters))._toQuery())
                .aggregations("places", Aggregation.of(a -> a.terms(t -> t.field("place.id").size(size))
                        .aggregations("name", Aggregation.of(n -> n.terms(t -> t.field("place.name").size(1))))))
                .aggregations("nowhere", Aggregation.of(a -> a.missing(m -> m.field("place.id")))), Void.class);
        List<PlaceCount> places = new ArrayList<>(response.aggregations().get("places").sterms().buckets().array()
                .stream().map(PlaceCounts::place).toList());
        long nowhere = response.aggregations().get("nowhere").missing().docCount();
        if (nowhere > 0) {
            places.add(new PlaceCount(null, "Không rõ địa điểm", nowhere));
        }
        return places;
    }

    private static PlaceCount place(StringTermsBucket bucket) {
        String id = bucket.key().stringValue();
        String name = bucket.aggregations().get("name").sterms().buckets().array().stream().findFirst()
                .map(b -> b.key().stringValue()).orElse(id);
        return new PlaceCount(id, name, bucket.docCount());
    }

    /** A place (id null for "no place named") and how much feedback named it. */
    record PlaceCount(String id, String name, long count) {
    }
}
