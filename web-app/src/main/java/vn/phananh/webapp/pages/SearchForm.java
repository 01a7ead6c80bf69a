package vn.phananh.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;

import vn.phananh.schema.FeedbackClock;
import vn.phananh.search.query.FeedbackFilter;
import vn.phananh.search.system.TimeBounds;

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

    SearchForm {
        q = q == null ? null : q.strip();
        sort = sort == null || sort.isBlank() ? null : sort;
        cursor = cursor == null || cursor.isBlank() ? null : cursor;
    }

    /** What is wrong with the dates, as the page says it; null when they can be searched. */
    String dateProblem() {
        if (from != null && !TimeBounds.contains(from) || to != null && !TimeBounds.contains(to)) {
            return "Ngày phải nằm trong khoảng từ năm " + TimeBounds.FIRST_YEAR + " đến năm " + TimeBounds.LAST_YEAR + ".";
        }
        if (from != null && to != null && from.isAfter(to)) {
            return "Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.";
        }
        return null;
    }

    /** The API's filter for this form; its lists hold no blank values (public: the template asks). */
    public FeedbackFilter toFilter() {
        Instant start = from == null ? null : from.atStartOfDay(FeedbackClock.UNIT_ZONE).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(FeedbackClock.UNIT_ZONE).toInstant();
        return new FeedbackFilter(q, unit, topic, kind, sentiment, channel, status, place, urgent, spam, overdue,
                start, end, sort, PAGE, cursor, cluster);
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
        FeedbackFilter filter = toFilter();
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "q", q == null || q.isEmpty() ? List.of() : List.of(q));
        put(p, "unit", filter.unit());
        put(p, "topic", filter.topic());
        put(p, "kind", filter.kind());
        put(p, "sentiment", filter.sentiment());
        put(p, "channel", filter.channel());
        put(p, "status", filter.status());
        put(p, "place", filter.place());
        put(p, "cluster", filter.cluster());
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
