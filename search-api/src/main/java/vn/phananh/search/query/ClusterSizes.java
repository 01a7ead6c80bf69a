package vn.phananh.search.query;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import vn.phananh.search.indexing.FeedbackDocument;
import vn.phananh.search.security.Viewer;

/**
 * How many feedback share each near-duplicate cluster ("12 người cùng phản ánh"): counted in the
 * index when read, not stored, so a member joining later needs no rewrite of the others. One
 * terms aggregation for a page of results, inside the viewer's units.
 */
final class ClusterSizes {

    private ClusterSizes() {
    }

    static Map<String, Long> of(ElasticsearchClient client, String alias, Viewer viewer, List<FeedbackDocument> docs)
            throws IOException {
        List<String> clusters = docs.stream().map(FeedbackDocument::clusterId).filter(Objects::nonNull).distinct()
                .toList();
        Map<String, Long> sizes = new HashMap<>();
        if (clusters.isEmpty()) {
            return sizes;
        }
        Query query = BoolQuery.of(b -> {
            FeedbackQueries.visibleTo(viewer).ifPresent(b::filter);
            return b.filter(FeedbackQueries.anyOf("clusterId", clusters));
        })._toQuery();
        var response = client.search(s -> s.index(alias).size(0).query(query).aggregations("clusters",
                Aggregation.of(a -> a.terms(t -> t.field("clusterId").size(clusters.size())))), Void.class);
        response.aggregations().get("clusters").sterms().buckets().array()
                .forEach(b -> sizes.put(b.key().stringValue(), b.docCount()));
        return sizes;
    }

    /** The size of the cluster of {@code d}: 1 without a cluster. */
    static long sizeOf(FeedbackDocument d, Map<String, Long> sizes) {
        return d.clusterId() == null ? 1 : sizes.getOrDefault(d.clusterId(), 1L);
    }
}
