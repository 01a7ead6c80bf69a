package vn.phananh.webapp.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.phananh.schema.FeedbackClock;

/**
 * The staff search form (GET {@code /staff/search}): the API's filters with the same names, the
 * date range as calendar days in Vietnam's time ({@code to} included), and the links the page
 * builds from it — facet values, removing a filter, the next page.
 */
record SearchForm(String q, List<String> unit, List<String> topic, List<String> kind, List<String> sentiment,
        List<String> channel, List<String> status, List<String> place, Boolean urgent, Boolean spam, Boolean overdue,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String sort, String cursor, List<String> cluster) {

    static final String PATH = "/staff/search";
    static final String EXPORT_PATH = "/staff/search/export.csv";
    static final int PAGE = 20;
    static final int FIRST_YEAR = 1970;
    static final int LAST_YEAR = 9999;

    SearchForm {
        q = q == null ? null : q.strip();
        unit = clean(unit);
        topic = clean(topic);
        kind = clean(kind);
        sentiment = clean(sentiment);
        channel = clean(channel);
        status = clean(status);
        place = clean(place);
        cluster = clean(cluster);
        sort = sort == null || sort.isBlank() ? null : sort;
        cursor = cursor == null || cursor.isBlank() ? null : cursor;
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .distinct().toList();
    }

    /** What is wrong with the dates, as the page says it; null when they can be searched. */
    String dateProblem() {
        if (from != null && !inBounds(from) || to != null && !inBounds(to)) {
            return "Ngày phải nằm trong khoảng từ năm " + FIRST_YEAR + " đến năm " + LAST_YEAR + ".";
        }
        if (from != null && to != null && from.isAfter(to)) {
            return "Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.";
        }
        return null;
    }

    private static boolean inBounds(LocalDate day) {
        return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
    }

    /**
     * The search API's parameters for this form ({@code GET /api/v1/feedback}, the same names): the
     * days as instants of Vietnam's time, {@code to} included, a page of {@link #PAGE}.
     */
    MultiValueMap<String, String> toQuery() {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        params().forEach((name, values) -> {
            if (!name.equals("from") && !name.equals("to")) {
                query.put(name, values);
            }
        });
        if (from != null) {
            query.add("from", from.atStartOfDay(FeedbackClock.UNIT_ZONE).toInstant().toString());
        }
        if (to != null) {
            query.add("to", to.plusDays(1).atStartOfDay(FeedbackClock.UNIT_ZONE).toInstant().toString());
        }
        if (cursor != null) {
            query.add("cursor", cursor);
        }
        query.add("size", Integer.toString(PAGE));
        return query;
    }

    /** Whether the search filters on this value (public: the template asks). */
    public boolean has(String facet, String value) {
        return params().getOrDefault(facet, List.of()).contains(value);
    }

    /** The CSV download of every result of this search (public: the template asks). */
    public String exportLink() {
        String link = link(params());
        return EXPORT_PATH + link.substring(PATH.length());
    }

    /** The same search narrowed to one value of a facet, from its first page. */
    String with(String facet, String value) {
        Map<String, List<String>> params = params();
        params.put(facet, List.of(value));
        return link(params);
    }

    /** The same search without one filter. */
    String without(String facet) {
        Map<String, List<String>> params = params();
        params.remove(facet);
        return link(params);
    }

    String next(String nextCursor) {
        Map<String, List<String>> params = params();
        params.put("cursor", List.of(nextCursor));
        return link(params);
    }

    /** The filters in use, except free text, sort and paging: what the page lists as removable. */
    Map<String, List<String>> activeFilters() {
        Map<String, List<String>> params = params();
        params.keySet().removeAll(List.of("q", "sort", "cursor", "from", "to"));
        return params;
    }

    /** Every parameter of the form as it would be sent, without the cursor (a new search starts over). */
    private Map<String, List<String>> params() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "q", q == null || q.isEmpty() ? List.of() : List.of(q));
        put(p, "unit", unit);
        put(p, "topic", topic);
        put(p, "kind", kind);
        put(p, "sentiment", sentiment);
        put(p, "channel", channel);
        put(p, "status", status);
        put(p, "place", place);
        put(p, "cluster", cluster);
        put(p, "urgent", flag(urgent));
        put(p, "spam", flag(spam));
        put(p, "overdue", flag(overdue));
        put(p, "from", from == null ? List.of() : List.of(from.toString()));
        put(p, "to", to == null ? List.of() : List.of(to.toString()));
        put(p, "sort", sort == null ? List.of() : List.of(sort));
        return p;
    }

    private static void put(Map<String, List<String>> params, String name, List<String> values) {
        if (!values.isEmpty()) {
            params.put(name, values);
        }
    }

    private static List<String> flag(Boolean value) {
        return value == null ? List.of() : List.of(value.toString());
    }

    private static String link(Map<String, List<String>> params) {
        String query = params.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? PATH : PATH + "?" + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
