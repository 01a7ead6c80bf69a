package vn.phananh.search.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.DisMaxQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.ExistsQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.MatchPhraseQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.MatchQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.RangeQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.TermQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.TermsQuery;

import vn.phananh.search.security.Viewer;
import vn.phananh.text.VietnameseText;

/** The named parts every feedback query is built from. */
public final class FeedbackQueries {

    private FeedbackQueries() {
    }

    /**
     * The units the viewer may see, as a filter. Every query over feedback carries it, so a
     * count, a facet or an export can never include another unit's feedback.
     */
    public static Optional<Query> visibleTo(Viewer viewer) {
        return viewer.seesAllUnits() ? Optional.empty() : Optional.of(anyOf("unitCode", List.copyOf(viewer.units())));
    }

    /**
     * Free text: the folded query must match the folded text (typos allowed); the same words
     * exactly, as a phrase, or with the very diacritics typed, rank higher. The query is folded
     * through the same normalisation as the stored text; the masked text is stored as typed, so
     * the diacritics clause takes either tone-mark placement ("hoá đơn" or "hóa đơn").
     */
    public static Query text(String raw) {
        String folded = VietnameseText.fold(VietnameseText.normalize(raw));
        Query tolerant = MatchQuery.of(m -> m.field("foldedText").query(folded).fuzziness("AUTO").prefixLength(1)
                .minimumShouldMatch("2<75%"))._toQuery();
        Query sameWords = MatchQuery.of(m -> m.field("foldedText").query(folded).boost(2f))._toQuery();
        Query phrase = MatchPhraseQuery.of(m -> m.field("foldedText").query(folded).slop(2).boost(2f))._toQuery();
        List<Query> placements = VietnameseText.tonePlacements(raw).stream()
                .map(typed -> MatchQuery.of(m -> m.field("maskedText").query(typed))._toQuery())
                .toList();
        Query diacritics = DisMaxQuery.of(d -> d.queries(placements).boost(4f))._toQuery();
        return BoolQuery.of(b -> b.must(tolerant).should(sameWords, phrase, diacritics))._toQuery();
    }

    /** Unanswered, not settled, and past its deadline. */
    public static Query overdue(Instant now) {
        return BoolQuery.of(b -> b.filter(is("open", true))
                .filter(RangeQuery.of(r -> r.date(d -> d.field("deadline").lt(Long.toString(now.toEpochMilli()))))
                        ._toQuery()))
                ._toQuery();
    }

    public static Query answered() {
        return ExistsQuery.of(e -> e.field("answeredAt"))._toQuery();
    }

    /** Feedback the citizen sent within [from, to) ({@code openedAt}, see FeedbackClock). */
    public static Query openedBetween(Instant from, Instant to) {
        return RangeQuery.of(r -> r.date(d -> {
            d.field("openedAt");
            if (from != null) {
                d.gte(Long.toString(from.toEpochMilli()));
            }
            if (to != null) {
                d.lt(Long.toString(to.toEpochMilli()));
            }
            return d;
        }))._toQuery();
    }

    public static Query anyOf(String field, List<String> values) {
        return TermsQuery.of(t -> t.field(field).terms(v -> v.value(values.stream().map(FieldValue::of).toList())))
                ._toQuery();
    }

    public static Query is(String field, boolean value) {
        return TermQuery.of(t -> t.field(field).value(value))._toQuery();
    }

    /** Every filter of the request except free text, the viewer's units first. */
    public static List<Query> filters(Viewer viewer, FeedbackFilter f, Instant now) {
        List<Query> filters = new ArrayList<>();
        visibleTo(viewer).ifPresent(filters::add);
        addAnyOf(filters, "unitCode", f.unit());
        addAnyOf(filters, "topic", f.topic());
        addAnyOf(filters, "kind", f.kind());
        addAnyOf(filters, "sentiment", f.sentiment());
        addAnyOf(filters, "channel", f.channel());
        addAnyOf(filters, "status", f.status());
        addAnyOf(filters, "place.id", f.place());
        addAnyOf(filters, "clusterId", f.cluster());
        if (f.urgent() != null) {
            filters.add(is("urgent", f.urgent()));
        }
        if (f.spam() != null) {
            filters.add(is("spam", f.spam()));
        }
        if (f.overdue() != null) {
            filters.add(f.overdue() ? overdue(now) : BoolQuery.of(b -> b.mustNot(overdue(now)))._toQuery());
        }
        if (f.from() != null || f.to() != null) {
            filters.add(openedBetween(f.from(), f.to()));
        }
        return filters;
    }

    /** The whole query of a search: text (when given) scored, everything else filtering. */
    public static Query search(Viewer viewer, FeedbackFilter f, Instant now) {
        List<Query> filters = filters(viewer, f, now);
        return BoolQuery.of(b -> {
            b.filter(filters);
            if (f.hasText()) {
                b.must(text(f.q()));
            }
            return b;
        })._toQuery();
    }

    private static void addAnyOf(List<Query> filters, String field, List<String> values) {
        if (!values.isEmpty()) {
            filters.add(anyOf(field, values));
        }
    }
}
