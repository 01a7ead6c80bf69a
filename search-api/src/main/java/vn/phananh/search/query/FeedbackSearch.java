package vn.phananh.search.query;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.IdsQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import org.springframework.stereotype.Service;

import vn.phananh.search.indexing.FeedbackDocument;
import vn.phananh.search.security.Viewer;
import vn.phananh.search.system.NotFoundException;
import vn.phananh.search.system.SearchProperties;

/** Searches and reads feedback for a signed-in viewer, always inside the viewer's units. */
@Service
public class FeedbackSearch {

    /** Large text fields only used for matching stay in Elasticsearch. */
    static final List<String> NOT_RETURNED = List.of("normalizedText", "foldedText");

    private final ElasticsearchClient client;
    private final String alias;
    private final Clock clock;

    FeedbackSearch(ElasticsearchClient client, SearchProperties properties, Clock clock) {
        this.client = client;
        this.alias = properties.indices().feedbackAlias();
        this.clock = clock;
    }

    public SearchPage search(Viewer viewer, FeedbackFilter filter) throws IOException {
        // Every caller's filter is checked here (the overdue list builds its own): size 0 has no last hit.
        filter.checked();
        Instant now = clock.instant();
        SearchResponse<FeedbackDocument> response = client.search(request(viewer, filter, now),
                FeedbackDocument.class);
        List<Hit<FeedbackDocument>> hits = response.hits().hits();
        var sizes = ClusterSizes.of(client, alias, viewer, hits.stream().map(Hit::source).toList());
        List<FeedbackView> items = hits.stream().map(h -> FeedbackView.of(h.source(), viewer, now, h.highlight(),
                ClusterSizes.sizeOf(h.source(), sizes))).toList();
        String next = hits.size() < filter.pageSize() ? null : Cursor.encode(hits.getLast().sort());
        long total = response.hits().total() == null ? items.size() : response.hits().total().value();
        return new SearchPage(total, items, Facets.read(response.aggregations()), next);
    }

    /** The Elasticsearch request of a search (public so benchmarks can send the very same one). */
    public SearchRequest request(Viewer viewer, FeedbackFilter filter, Instant now) {
        return SearchRequest.of(s -> {
            s.index(alias).query(FeedbackQueries.search(viewer, filter, now)).size(filter.pageSize())
                    .sort(filter.sortOrder().options()).trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.excludes(NOT_RETURNED))).aggregations(Facets.aggregations(now));
            if (filter.hasText()) {
                s.highlight(highlight());
            }
            if (filter.cursor() != null && !filter.cursor().isBlank()) {
                s.searchAfter(Cursor.decode(filter.cursor(), filter.sortOrder().cursorShape()));
            }
            return s;
        });
    }

    /** One feedback, or 404 when it does not exist or belongs to a unit the viewer cannot see. */
    public FeedbackView get(Viewer viewer, String feedbackId) throws IOException {
        FeedbackDocument d = document(viewer, feedbackId);
        return FeedbackView.of(d, viewer, clock.instant(), null,
                ClusterSizes.sizeOf(d, ClusterSizes.of(client, alias, viewer, List.of(d))));
    }

    /** The feedback of a near-duplicate cluster inside the viewer's units, at most {@code max}, oldest first. */
    public List<FeedbackDocument> cluster(Viewer viewer, String clusterId, int max) throws IOException {
        Query query = BoolQuery.of(b -> {
            FeedbackQueries.visibleTo(viewer).ifPresent(b::filter);
            return b.filter(FeedbackQueries.anyOf("clusterId", List.of(clusterId)));
        })._toQuery();
        var response = client.search(s -> s.index(alias).query(query).size(max)
                .sort(o -> o.field(f -> f.field("openedAt").order(co.elastic.clients.elasticsearch._types.SortOrder.Asc)))
                .source(src -> src.filter(f -> f.excludes(NOT_RETURNED))), FeedbackDocument.class);
        return response.hits().hits().stream().map(Hit::source).toList();
    }

    public FeedbackDocument document(Viewer viewer, String feedbackId) throws IOException {
        Query query = BoolQuery.of(b -> {
            b.filter(IdsQuery.of(i -> i.values(feedbackId))._toQuery());
            FeedbackQueries.visibleTo(viewer).ifPresent(b::filter);
            return b;
        })._toQuery();
        var response = client.search(s -> s.index(alias).query(query).size(1), FeedbackDocument.class);
        return response.hits().hits().stream().findFirst().map(Hit::source)
                .orElseThrow(() -> new NotFoundException("No feedback " + feedbackId));
    }

    /** Highlights where the typed words matched; the folded copy when only it matched. */
    private static Highlight highlight() {
        HighlightField field = HighlightField.of(f -> f.numberOfFragments(3).fragmentSize(150));
        return Highlight.of(h -> h.fields(List.of(NamedValue.of("maskedText", field),
                NamedValue.of("foldedText", field))));
    }
}
