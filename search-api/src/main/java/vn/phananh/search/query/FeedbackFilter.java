package vn.phananh.search.query;

import java.time.Instant;
import java.util.List;

/**
 * What a staff member asks for: free text, filters (each a list: any of the values), a sort
 * ({@code relevance}, {@code newest}, {@code deadline}), a page size and the cursor of the
 * previous page.
 */
public record FeedbackFilter(String q, List<String> unit, List<String> topic, List<String> kind,
        List<String> sentiment, List<String> channel, List<String> status, List<String> place, Boolean urgent,
        Boolean spam, Boolean overdue, Instant from, Instant to, String sort, Integer size, String cursor,
        List<String> cluster) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    public FeedbackFilter {
        unit = clean(unit);
        topic = clean(topic);
        kind = clean(kind);
        sentiment = clean(sentiment);
        channel = clean(channel);
        status = clean(status);
        place = clean(place);
        cluster = clean(cluster);
    }

    /** Rejects what cannot be answered (checked here, not in the constructor, so binding never fails). */
    FeedbackFilter checked() {
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        sortOrder();
        return this;
    }

    /** Only the unit and date range of a filter: what aggregations over a period use. */
    public static FeedbackFilter period(List<String> unit, Instant from, Instant to) {
        return new FeedbackFilter(null, unit, null, null, null, null, null, null, null, null, null, from, to, null,
                null, null, null);
    }

    int pageSize() {
        return size == null ? DEFAULT_SIZE : size;
    }

    boolean hasText() {
        return q != null && !q.isBlank();
    }

    SortOrder sortOrder() {
        if (sort == null || sort.isBlank()) {
            return hasText() ? SortOrder.RELEVANCE : SortOrder.NEWEST;
        }
        return SortOrder.parse(sort);
    }

    static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
