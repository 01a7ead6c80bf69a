package vn.phananh.search.query;

import java.util.List;
import java.util.Locale;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;

/** The orders a result list can have; each ends with feedbackId so search_after is stable. */
enum SortOrder {
    RELEVANCE, NEWEST, DEADLINE;

    static SortOrder parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("sort must be relevance, newest or deadline");
        }
    }

    List<SortOptions> options() {
        return switch (this) {
            case RELEVANCE -> List.of(score(), field("openedAt", desc()), field("feedbackId", asc()));
            case NEWEST -> List.of(field("openedAt", desc()), field("feedbackId", asc()));
            case DEADLINE -> List.of(field("deadline", asc()), field("feedbackId", asc()));
        };
    }

    /** The kinds of the sort values a cursor of this order holds: a score, epoch millis, the id. */
    List<FieldValue.Kind> cursorShape() {
        return switch (this) {
            case RELEVANCE -> List.of(FieldValue.Kind.Double, FieldValue.Kind.Long, FieldValue.Kind.String);
            case NEWEST, DEADLINE -> List.of(FieldValue.Kind.Long, FieldValue.Kind.String);
        };
    }

    private static SortOptions score() {
        return SortOptions.of(s -> s.score(sc -> sc.order(desc())));
    }

    private static SortOptions field(String name, co.elastic.clients.elasticsearch._types.SortOrder order) {
        return SortOptions.of(s -> s.field(f -> f.field(name).order(order).missing("_last")));
    }

    private static co.elastic.clients.elasticsearch._types.SortOrder asc() {
        return co.elastic.clients.elasticsearch._types.SortOrder.Asc;
    }

    private static co.elastic.clients.elasticsearch._types.SortOrder desc() {
        return co.elastic.clients.elasticsearch._types.SortOrder.Desc;
    }
}
