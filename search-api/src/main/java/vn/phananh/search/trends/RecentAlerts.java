package vn.phananh.search.trends;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.springframework.stereotype.Service;

import vn.phananh.search.indexing.AlertDocument;
import vn.phananh.search.query.FeedbackQueries;
import vn.phananh.search.security.Viewer;
import vn.phananh.search.system.SearchProperties;

/** The latest alerts of the viewer's units, from the alerts index. */
@Service
public class RecentAlerts {

    private final ElasticsearchClient client;
    private final String alias;

    RecentAlerts(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.alias = properties.indices().alertsAlias();
    }

    List<AlertView> recent(Viewer viewer, List<String> types, int size) throws IOException {
        if (size < 1 || size > 500) {
            throw new IllegalArgumentException("size must be between 1 and 500");
        }
        List<Query> filters = new ArrayList<>();
        FeedbackQueries.visibleTo(viewer).ifPresent(filters::add);
        if (types != null && !types.isEmpty()) {
            filters.add(FeedbackQueries.anyOf("type", types));
        }
        var response = client.search(s -> s.index(alias).size(size)
                .query(BoolQuery.of(b -> b.filter(filters))._toQuery())
                .sort(o -> o.field(f -> f.field("raisedAt").order(SortOrder.Desc))), AlertDocument.class);
        return response.hits().hits().stream().map(h -> AlertView.of(h.source())).toList();
    }

    /** An alert's codes and figures; {@code summary} restates them plainly, the pages word them. */
    public record AlertView(String alertId, String type, String unitCode, String topic, String feedbackId,
            Instant windowStart, Long count, Double baseline, Instant deadline, String placeName, String summary,
            Instant raisedAt) {

        public static AlertView of(AlertDocument a) {
            return new AlertView(a.alertId(), a.type(), a.unitCode(), a.topic(), a.feedbackId(),
                    instant(a.windowStart()), a.count(), a.baseline(), instant(a.deadline()), a.placeName(), a.summary(),
                    instant(a.raisedAt()));
        }

        private static Instant instant(Long millis) {
            return millis == null ? null : Instant.ofEpochMilli(millis);
        }
    }
}
