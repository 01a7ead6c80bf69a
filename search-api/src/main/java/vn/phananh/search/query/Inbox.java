package vn.phananh.search.query;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.stereotype.Component;

import vn.phananh.search.indexing.FeedbackDocument;
import vn.phananh.search.security.Viewer;
import vn.phananh.search.system.SearchProperties;

/**
 * The staff inbox: open feedback of the viewer's units (not flagged as spam), urgent first, then
 * by deadline, so within each group what is overdue comes first. Paged with the API's cursor and
 * narrowed by status, urgency, overdue, topic, place and unit; the counts per status are of the
 * inbox with every filter but the status one, so they say what each status filter would give.
 */
@Component
class Inbox {

    static final int PAGE = 50;
    /** The sort values of {@link #order()}: urgent (1 or 0), the deadline in epoch millis, the id. */
    private static final List<FieldValue.Kind> CURSOR = List.of(FieldValue.Kind.Long, FieldValue.Kind.Long,
            FieldValue.Kind.String);
    private static final List<String> NOT_NEEDED = List.of("normalizedText", "foldedText", "author", "history");

    private final ElasticsearchClient client;
    private final String alias;
    private final Clock clock;

    Inbox(ElasticsearchClient client, SearchProperties properties, Clock clock) {
        this.client = client;
        this.alias = properties.indices().feedbackAlias();
        this.clock = clock;
    }

    InboxPage open(Viewer viewer, InboxFilter filter) throws IOException {
        Instant now = clock.instant();
        List<Query> filters = new ArrayList<>(FeedbackQueries.filters(viewer, filter.withoutStatus(), now));
        filters.add(FeedbackQueries.is("open", true));
        filters.add(FeedbackQueries.is("spam", false));
        int size = filter.size() == null ? PAGE : filter.size();
        SearchResponse<FeedbackDocument> response = client.search(s -> {
            s.index(alias).size(size).query(BoolQuery.of(b -> b.filter(filters))._toQuery())
                    .sort(order()).trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.excludes(NOT_NEEDED)))
                    .aggregations("statuses", a -> a.terms(t -> t.field("status").size(20)));
            if (!filter.status().isEmpty()) {
                s.postFilter(FeedbackQueries.anyOf("status", filter.status()));
            }
            if (filter.cursor() != null && !filter.cursor().isBlank()) {
                s.searchAfter(Cursor.decode(filter.cursor(), CURSOR));
            }
            return s;
        }, FeedbackDocument.class);
        List<Hit<FeedbackDocument>> hits = response.hits().hits();
        List<InboxRow> rows = hits.stream().map(h -> InboxRow.of(h.source(), now)).toList();
        String next = hits.size() < size ? null : Cursor.encode(hits.getLast().sort());
        long total = response.hits().total() == null ? rows.size() : response.hits().total().value();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        response.aggregations().get("statuses").sterms().buckets().array()
                .forEach(b -> byStatus.put(b.key().stringValue(), b.docCount()));
        return new InboxPage(total, rows, next, byStatus);
    }

    /** Urgent first; then the earliest deadline, which puts the overdue ahead; ties by id for paging. */
    private static List<SortOptions> order() {
        return List.of(SortOptions.of(s -> s.field(f -> f.field("urgent").order(SortOrder.Desc))),
                SortOptions.of(s -> s.field(f -> f.field("deadline").order(SortOrder.Asc).missing("_last"))),
                SortOptions.of(s -> s.field(f -> f.field("feedbackId").order(SortOrder.Asc))));
    }

    /**
     * A page of the inbox: {@code total} matches every filter; {@code byStatus} counts the inbox with
     * every filter but status (not just the page), most first.
     */
    record InboxPage(long total, List<InboxRow> rows, String nextCursor, Map<String, Long> byStatus) {
    }

    /** One line of the inbox. */
    record InboxRow(String feedbackId, String unitCode, String maskedText, String topic, String kind, String channel,
            String placeId, String placeName, String status, boolean urgent, boolean overdue, Instant deadline,
            Instant receivedAt, String clusterId) {

        static InboxRow of(FeedbackDocument d, Instant now) {
            boolean overdue = d.open() && d.deadline() != null && d.deadline() < now.toEpochMilli();
            return new InboxRow(d.feedbackId(), d.unitCode(), d.maskedText(), d.topic(), d.kind(), d.channel(),
                    d.place() == null ? null : d.place().id(), d.place() == null ? null : d.place().name(), d.status(),
                    d.urgent(), overdue, instant(d.deadline()), instant(d.receivedAt()), d.clusterId());
        }

        private static Instant instant(Long millis) {
            return millis == null ? null : Instant.ofEpochMilli(millis);
        }
    }
}
