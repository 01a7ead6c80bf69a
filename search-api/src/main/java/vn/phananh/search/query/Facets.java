package vn.phananh.search.query;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;

/** Counts per value of every filterable field, over the hits of the current query. */
public final class Facets {

    /** Facet name → indexed field. */
    static final Map<String, String> FIELDS = Map.of("unit", "unitCode", "topic", "topic", "kind", "kind",
            "sentiment", "sentiment", "channel", "channel", "status", "status", "urgent", "urgent", "place",
            "place.id");

    private Facets() {
    }

    static Map<String, Aggregation> aggregations(Instant now) {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        FIELDS.forEach((name, field) -> aggs.put(name, Aggregation.of(a -> a.terms(t -> t.field(field).size(50)))));
        aggs.put("overdue", Aggregation.of(a -> a.filter(FeedbackQueries.overdue(now))));
        return aggs;
    }

    static Map<String, List<FacetBucket>> read(Map<String, Aggregate> aggregations) {
        Map<String, List<FacetBucket>> facets = new LinkedHashMap<>();
        aggregations.forEach((name, agg) -> facets.put(name, buckets(agg)));
        return facets;
    }

    private static List<FacetBucket> buckets(Aggregate agg) {
        if (agg.isSterms()) {
            return agg.sterms().buckets().array().stream()
                    .map(b -> new FacetBucket(b.key().stringValue(), b.docCount())).toList();
        }
        if (agg.isLterms()) {
            return agg.lterms().buckets().array().stream()
                    .map(b -> new FacetBucket(b.keyAsString() != null ? b.keyAsString() : Long.toString(b.key()),
                            b.docCount()))
                    .toList();
        }
        if (agg.isFilter()) {
            return List.of(new FacetBucket("true", agg.filter().docCount()));
        }
        return List.of();
    }

    /** One value of a facet and how many hits have it. */
    public record FacetBucket(String value, long count) {
    }
}
