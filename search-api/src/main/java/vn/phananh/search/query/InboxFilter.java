package vn.phananh.search.query;

import java.util.List;

/**
 * What the inbox is narrowed by ({@code GET /api/v1/inbox}): statuses, urgent, overdue, topics,
 * places and units (each list: any of the values), a page size (1–100, 50 by default) and the
 * cursor of the previous page.
 */
record InboxFilter(List<String> status, Boolean urgent, Boolean overdue, List<String> topic, List<String> place,
        List<String> unit, Integer size, String cursor) {

    InboxFilter {
        status = FeedbackFilter.clean(status);
        topic = FeedbackFilter.clean(topic);
        place = FeedbackFilter.clean(place);
        unit = FeedbackFilter.clean(unit);
    }

    InboxFilter checked() {
        if (size != null && (size < 1 || size > FeedbackFilter.MAX_SIZE)) {
            throw new IllegalArgumentException("size must be between 1 and " + FeedbackFilter.MAX_SIZE);
        }
        return this;
    }

    /** Everything but the status, as the search's filter (the status applies after the counts). */
    FeedbackFilter withoutStatus() {
        return new FeedbackFilter(null, unit, topic, null, null, null, null, place, urgent, null, overdue, null, null,
                null, size, null, null);
    }
}
