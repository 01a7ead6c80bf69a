package vn.phananh.webapp.pages;

import java.util.List;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The inbox's filters (GET {@code /staff}): statuses, urgent, overdue, topic, place and unit, with
 * the search API's names ({@code GET /api/v1/inbox}), the page size (the API's default when absent)
 * and the cursor of the page shown. The links the page builds keep the filters and the size: a
 * status chip, the next page.
 */
record InboxForm(List<String> status, Boolean urgent, Boolean overdue, List<String> topic, List<String> place,
        List<String> unit, Integer size, String cursor) {

    InboxForm {
        status = clean(status);
        topic = clean(topic);
        place = clean(place);
        unit = clean(unit);
        cursor = cursor == null || cursor.isBlank() ? null : cursor;
    }

    MultiValueMap<String, String> toQuery() {
        MultiValueMap<String, String> query = filters();
        if (cursor != null) {
            query.add("cursor", cursor);
        }
        return query;
    }

    /** Whether anything narrows the inbox (public: the template asks). */
    public boolean filtered() {
        MultiValueMap<String, String> filters = filters();
        filters.remove("size");
        return !filters.isEmpty();
    }

    /** The same filters, the next page (public: the template asks). */
    public String next(String nextCursor) {
        MultiValueMap<String, String> query = filters();
        query.add("cursor", nextCursor);
        return link(query);
    }

    /** The same filters with only this status, from the first page; the status again clears it. */
    public String withStatus(String value) {
        MultiValueMap<String, String> query = filters();
        boolean only = status.size() == 1 && status.contains(value);
        query.remove("status");
        if (!only) {
            query.add("status", value);
        }
        return link(query);
    }

    public boolean hasStatus(String value) {
        return status.contains(value);
    }

    private MultiValueMap<String, String> filters() {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        status.forEach(v -> query.add("status", v));
        if (urgent != null) {
            query.add("urgent", urgent.toString());
        }
        if (overdue != null) {
            query.add("overdue", overdue.toString());
        }
        topic.forEach(v -> query.add("topic", v));
        place.forEach(v -> query.add("place", v));
        unit.forEach(v -> query.add("unit", v));
        if (size != null) {
            query.add("size", size.toString());
        }
        return query;
    }

    private static String link(MultiValueMap<String, String> query) {
        return UriComponentsBuilder.fromPath("/staff").queryParams(query).encode().build().toUriString();
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .distinct().toList();
    }
}
