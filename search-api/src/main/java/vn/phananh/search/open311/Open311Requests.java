package vn.phananh.search.open311;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.stereotype.Service;

import vn.phananh.open311.ServiceRequests.ServiceRequest;
import vn.phananh.open311.Services;
import vn.phananh.search.query.FeedbackQueries;
import vn.phananh.search.system.SearchProperties;
import vn.phananh.text.PiiMasker;
import vn.phananh.units.UnitDefinition;
import vn.phananh.units.UnitRegistry;

/**
 * Service requests as Open311 shows them, read from the index with allow-listed fields only and
 * texts masked once more, never the author or a contact. Who may see what follows the public page
 * and the tracking page: answered feedback is public (by its feedbackId), any other feedback only
 * to whoever holds its tracking code. So a tracking code is never listed: it is what rates an answer.
 */
@Service
class Open311Requests {

    /** "Default query limit is a span of 90 days or first 1000 requests returned, whichever is smallest." */
    static final int MAX_REQUESTS = 1000;
    static final List<String> FIELDS = List.of("feedbackId", "trackingCode", "unitCode", "topic", "maskedText", "open",
            "openedAt", "receivedAt", "deadline", "acknowledgedAt", "answeredAt", "closedAt", "answer.text", "place.name");

    private final ElasticsearchClient client;
    private final String alias;
    private final UnitRegistry units;
    private final PiiMasker masker = new PiiMasker();

    Open311Requests(ElasticsearchClient client, SearchProperties properties, UnitRegistry units) {
        this.client = client;
        this.alias = properties.indices().feedbackAlias();
        this.units = units;
    }

    /** The feedback of tracking codes, whatever their state, each under its code. */
    List<ServiceRequest> byTrackingCodes(List<String> codes, String unit) throws IOException {
        return codes.isEmpty() ? List.of()
                : search(withUnit(List.of(FeedbackQueries.anyOf("trackingCode", codes)), unit), codes.size() * 2, true);
    }

    /** Public (answered, not spam) feedback by id, each under its feedbackId. */
    List<ServiceRequest> publicByIds(List<String> ids, String unit) throws IOException {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Query> filters = new ArrayList<>(publicOnly());
        filters.add(FeedbackQueries.anyOf("feedbackId", ids));
        return search(withUnit(filters, unit), ids.size(), false);
    }

    /** Public feedback sent within the query's window, newest first, at most 1000. */
    List<ServiceRequest> list(Open311Query query, String unit) throws IOException {
        List<Query> filters = new ArrayList<>(publicOnly());
        filters.add(FeedbackQueries.openedBetween(query.start(), query.end().plusMillis(1)));
        if (!query.serviceCodes().isEmpty()) {
            filters.add(FeedbackQueries.anyOf("topic", query.serviceCodes()));
        }
        if (query.open().size() == 1) {
            filters.add(FeedbackQueries.is("open", query.open().getFirst()));
        }
        return search(withUnit(filters, unit), MAX_REQUESTS, false);
    }

    private static List<Query> publicOnly() {
        return List.of(FeedbackQueries.answered(), FeedbackQueries.is("spam", false));
    }

    private static List<Query> withUnit(List<Query> filters, String unit) {
        return unit == null ? filters
                : Stream.concat(filters.stream(), Stream.of(FeedbackQueries.anyOf("unitCode", List.of(unit)))).toList();
    }

    private List<ServiceRequest> search(List<Query> filters, int size, boolean byCode) throws IOException {
        var response = client.search(s -> s.index(alias).size(size)
                .query(BoolQuery.of(b -> b.filter(filters))._toQuery())
                .source(src -> src.filter(f -> f.includes(FIELDS)))
                .sort(o -> o.field(f -> f.field("openedAt").order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("feedbackId"))), Source.class);
        return response.hits().hits().stream().map(h -> toRequest(h.source(), byCode)).toList();
    }

    private ServiceRequest toRequest(Source d, boolean byCode) {
        Instant opened = instant(d.openedAt() != null ? d.openedAt() : d.receivedAt());
        Instant updated = Stream.of(d.receivedAt(), d.acknowledgedAt(), d.answeredAt(), d.closedAt())
                .filter(Objects::nonNull).max(Long::compare).map(Instant::ofEpochMilli).orElse(opened);
        // Closed: the date it was closed, which for an answered feedback is its answer.
        Instant closedOn = d.closedAt() != null ? instant(d.closedAt()) : d.answeredAt() != null ? instant(d.answeredAt()) : updated;
        String agency = units.current().unit(d.unitCode()).map(UnitDefinition::name).orElse(null);
        return new ServiceRequest(byCode ? d.trackingCode() : d.feedbackId(), d.open(),
                d.answer() == null ? null : mask(d.answer().text()), Services.ofTopic(d.topic()), mask(d.maskedText()),
                agency, null, opened, d.open() ? updated : closedOn, instant(d.deadline()),
                d.place() == null ? null : d.place().name(), null, null, null, null, null);
    }

    private String mask(String text) {
        return text == null ? null : masker.mask(text).text();
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    /** The fields read from the index. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Source(String feedbackId, String trackingCode, String unitCode, String topic, String maskedText, boolean open,
            Long openedAt, Long receivedAt, Long deadline, Long acknowledgedAt, Long answeredAt, Long closedAt,
            Text answer, Place place) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Text(String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Place(String name) {
    }
}
