package vn.phananh.search.query;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.stereotype.Component;

import vn.phananh.search.indexing.FeedbackDocument;
import vn.phananh.search.security.Viewer;
import vn.phananh.search.system.SearchProperties;

/**
 * Writes every feedback matching a filter as CSV, page by page over a point in time with
 * search_after, so an export of any size needs one page of memory. No author data.
 */
@Component
public class CsvExport {

    static final String HEADER = "feedbackId,unitCode,channel,topic,kind,sentiment,urgent,status,placeId,"
            + "receivedAt,deadline,answeredAt,overdue,maskedText,answer";
    private static final int PAGE = 1000;

    private final ElasticsearchClient client;
    private final String alias;
    private final Clock clock;

    CsvExport(ElasticsearchClient client, SearchProperties properties, Clock clock) {
        this.client = client;
        this.alias = properties.indices().feedbackAlias();
        this.clock = clock;
    }

    public void write(Viewer viewer, FeedbackFilter filter, OutputStream out) throws IOException {
        Instant now = clock.instant();
        Query query = FeedbackQueries.search(viewer, filter, now);
        String pit = client.openPointInTime(p -> p.index(alias).keepAlive(k -> k.time("2m"))).id();
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(HEADER + "\n");
            List<FieldValue> after = null;
            do {
                after = page(pit, query, after, writer, now);
                writer.flush();
            } while (after != null);
        }
        finally {
            client.closePointInTime(c -> c.id(pit));
        }
    }

    private List<FieldValue> page(String pit, Query query, List<FieldValue> after, Writer writer, Instant now)
            throws IOException {
        SearchResponse<FeedbackDocument> response = client.search(s -> {
            s.pit(p -> p.id(pit).keepAlive(k -> k.time("2m"))).query(query).size(PAGE)
                    .sort(SortOrder.NEWEST.options()).source(src -> src.filter(f -> f.excludes(
                            List.of("normalizedText", "foldedText", "author", "history"))));
            if (after != null) {
                s.searchAfter(after);
            }
            return s;
        }, FeedbackDocument.class);
        List<Hit<FeedbackDocument>> hits = response.hits().hits();
        for (Hit<FeedbackDocument> hit : hits) {
            writer.write(row(hit.source(), now));
        }
        return hits.size() < PAGE ? null : hits.getLast().sort();
    }

    static String row(FeedbackDocument d, Instant now) {
        boolean overdue = d.open() && d.deadline() != null && d.deadline() < now.toEpochMilli();
        return String.join(",", cell(d.feedbackId()), cell(d.unitCode()), cell(d.channel()), cell(d.topic()),
                cell(d.kind()), cell(d.sentiment()), Boolean.toString(d.urgent()), cell(d.status()),
                cell(d.place() == null ? null : d.place().id()), date(d.receivedAt()), date(d.deadline()),
                date(d.answeredAt()), Boolean.toString(overdue), cell(d.maskedText()),
                cell(d.answer() == null ? null : d.answer().text())) + "\n";
    }

    private static String date(Long millis) {
        return millis == null ? "" : Instant.ofEpochMilli(millis).toString();
    }

    /** RFC 4180 quoting; a leading formula character is neutralised for spreadsheets. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
