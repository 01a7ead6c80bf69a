package vn.phananh.search.accountability;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.stereotype.Service;

import vn.phananh.search.query.FeedbackQueries;
import vn.phananh.search.system.SearchProperties;
import vn.phananh.text.PiiMasker;

/**
 * The public, read-only view of answered feedback. Only allow-listed fields are read from the
 * index, and both texts go through the masker once more, so a number a citizen or an officer
 * typed in an unusual shape still does not reach the public.
 */
@Service
public class PublicView {

    static final List<String> PUBLIC_FIELDS = List.of("feedbackId", "unitCode", "topic", "maskedText",
            "answer.text", "receivedAt", "deadline", "answeredAt", "answeredOnTime");
    private static final int MAX_SIZE = 100;

    private final ElasticsearchClient client;
    private final String alias;
    private final PiiMasker masker = new PiiMasker();

    PublicView(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.alias = properties.indices().feedbackAlias();
    }

    PublicPage answered(List<String> units, List<String> topics, int size, String cursor) throws IOException {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        List<Query> filters = new ArrayList<>(List.of(FeedbackQueries.answered(), FeedbackQueries.is("spam", false)));
        if (units != null && !units.isEmpty()) {
            filters.add(FeedbackQueries.anyOf("unitCode", units));
        }
        if (topics != null && !topics.isEmpty()) {
            filters.add(FeedbackQueries.anyOf("topic", topics));
        }
        var response = client.search(s -> {
            s.index(alias).size(size).query(BoolQuery.of(b -> b.filter(filters))._toQuery())
                    .source(src -> src.filter(f -> f.includes(PUBLIC_FIELDS)))
                    .sort(o -> o.field(f -> f.field("answeredAt").order(co.elastic.clients.elasticsearch._types.SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("feedbackId")));
            if (cursor != null && !cursor.isBlank()) {
                s.searchAfter(PublicCursor.decode(cursor));
            }
            return s;
        }, PublicSource.class);
        List<Hit<PublicSource>> hits = response.hits().hits();
        String next = hits.size() < size ? null : PublicCursor.encode(hits.getLast().sort());
        return new PublicPage(hits.stream().map(h -> toPublic(h.source())).toList(), next);
    }

    private PublicFeedback toPublic(PublicSource d) {
        return new PublicFeedback(d.feedbackId(), d.unitCode(), d.topic(), mask(d.maskedText()),
                d.answer() == null ? null : mask(d.answer().text()), instant(d.receivedAt()), instant(d.deadline()),
                instant(d.answeredAt()), d.answeredOnTime());
    }

    private String mask(String text) {
        return text == null ? null : masker.mask(text).text();
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    public record PublicPage(List<PublicFeedback> items, String nextCursor) {
    }
}
