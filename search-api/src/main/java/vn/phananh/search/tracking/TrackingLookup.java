package vn.phananh.search.tracking;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.TermQuery;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.stereotype.Service;

import vn.phananh.schema.TrackingCodes;
import vn.phananh.search.system.SearchProperties;
import vn.phananh.text.PiiMasker;

/**
 * Finds the feedback of a tracking code. Only allow-listed fields are read from the index and both
 * texts go through the masker again, as on the public page. Codes are 40 bits of a keyed hash, so
 * two feedback rarely share one; when they do, both are shown (neither shows personal data).
 */
@Service
public class TrackingLookup {

    static final List<String> FIELDS = List.of("trackingCode", "unitCode", "topic", "maskedText", "status",
            "receivedAt", "deadline", "open", "acknowledgedAt", "answeredAt", "answeredOnTime", "answer.text",
            "satisfied", "satisfactionScore", "feedbackId");
    private static final int MAX_MATCHES = 5;

    private final ElasticsearchClient client;
    private final String alias;
    private final Clock clock;
    private final PiiMasker masker = new PiiMasker();

    TrackingLookup(ElasticsearchClient client, SearchProperties properties, Clock clock) {
        this.client = client;
        this.alias = properties.indices().feedbackAlias();
        this.clock = clock;
    }

    /** What a typed code is and, when it is a valid one, the feedback that carry it (maybe none). */
    public Lookup lookUp(String typed) throws IOException {
        return switch (TrackingCodes.parse(typed)) {
            case TrackingCodes.Parsed.Valid valid -> new Lookup.Checked(valid.code(), find(valid.code()));
            case TrackingCodes.Parsed.WrongCheck wrong -> new Lookup.Mistyped(Messages.WRONG_CHECK);
            case TrackingCodes.Parsed.Malformed malformed -> new Lookup.Mistyped(Messages.MALFORMED);
        };
    }

    private List<TrackedFeedback> find(String code) throws IOException {
        Instant now = clock.instant();
        return sources(code).stream().map(s -> toTracked(s, now)).toList();
    }

    /** The feedback a rating under {@code code} is for: its id and unit, and whether it is answered. */
    java.util.Optional<Rated> ratedBy(String code) throws IOException {
        List<Source> found = sources(code);
        // Two feedback sharing a code cannot be told apart by whoever holds it: neither is rated.
        return found.size() != 1 ? java.util.Optional.empty()
                : java.util.Optional.of(new Rated(found.getFirst().feedbackId(), found.getFirst().unitCode(),
                        found.getFirst().answer() != null));
    }

    /** What a rating needs to know of its feedback; never shown. */
    record Rated(String feedbackId, String unitCode, boolean answered) {
    }

    private List<Source> sources(String code) throws IOException {
        var response = client.search(s -> s.index(alias).size(MAX_MATCHES)
                .query(TermQuery.of(t -> t.field("trackingCode").value(code))._toQuery())
                .source(src -> src.filter(f -> f.includes(FIELDS))), Source.class);
        return response.hits().hits().stream().map(h -> h.source()).toList();
    }

    private TrackedFeedback toTracked(Source d, Instant now) {
        boolean overdue = d.open() && d.deadline() != null && d.deadline() < now.toEpochMilli();
        return new TrackedFeedback(d.trackingCode(), d.unitCode(), d.topic(), mask(d.maskedText()), d.status(),
                instant(d.receivedAt()), instant(d.deadline()), overdue, instant(d.acknowledgedAt()),
                instant(d.answeredAt()), d.answeredOnTime(), d.answer() == null ? null : mask(d.answer().text()),
                d.satisfied(), d.satisfactionScore());
    }

    private String mask(String text) {
        return text == null ? null : masker.mask(text).text();
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    /** The result of a lookup: a well-formed code (with what carries it), or a mistyped one and why. */
    public sealed interface Lookup {
        record Checked(String code, List<TrackedFeedback> found) implements Lookup {
        }

        record Mistyped(String message) implements Lookup {
        }
    }

    /** The fields read from the index. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Source(String feedbackId, String trackingCode, String unitCode, String topic, String maskedText, String status,
            Long receivedAt, Long deadline, boolean open, Long acknowledgedAt, Long answeredAt, Boolean answeredOnTime,
            AnswerText answer, Boolean satisfied, Integer satisfactionScore) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AnswerText(String text) {
    }
}
