package vn.phananh.search.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * The GET endpoints of the search API and the query parameters each takes, with the generator of
 * hostile values for each parameter. The list is written out here and completed at run time from
 * the OpenAPI description, so that an endpoint added later (a web page, a new report) is fuzzed
 * too without anyone remembering to list it.
 */
final class Endpoints {

    /** A GET endpoint: its path ({@code {id}} for a feedback id), its parameters, and whether it is public. */
    record Endpoint(String path, Map<String, Function<Hostile, String>> parameters, boolean open) {

        /** The JSON API, whose errors are always problem details; web pages may answer HTML or redirect to sign-in. */
        boolean api() {
            return path.startsWith("/api/");
        }
    }

    static final List<String> TOPICS = List.of("INFRASTRUCTURE", "ENVIRONMENT", "SECURITY", "ADMINISTRATION", "OTHER");

    private Endpoints() {
    }

    static List<Endpoint> known() {
        Map<String, Function<Hostile, String>> filters = filters();
        return new ArrayList<>(List.of(
                new Endpoint("/api/v1/feedback", filters, false),
                new Endpoint("/api/v1/feedback/export.csv", filters, false),
                new Endpoint("/api/v1/feedback/{id}", Map.of(), false),
                new Endpoint("/api/v1/trends", Map.of("by", h -> h.pick("topic", "unit", "kind", "sentiment", "channel",
                        "status", "place", "author", "unitCode", h.injection()), "from", Hostile::instant, "to", Hostile::instant,
                        "interval", h -> h.pick("day", "week", "month", "quarter", "year", "hour", "minute", "1d", "", h.injection())), false),
                new Endpoint("/api/v1/trends/rising", Map.of("from", Hostile::instant, "to", Hostile::instant), false),
                new Endpoint("/api/v1/alerts", Map.of("type", h -> h.pick("SPIKE", "OVERDUE", "URGENT", h.injection()),
                        "size", Hostile::number), false),
                new Endpoint("/api/v1/accountability", Map.of("from", Hostile::instant, "to", Hostile::instant), false),
                new Endpoint("/api/v1/accountability/overdue", Map.of("unit", Endpoints::unit, "size", Hostile::number,
                        "cursor", Hostile::cursor), false),
                new Endpoint("/api/v1/public/feedback", Map.of("unit", Endpoints::unit, "topic", Endpoints::topic,
                        "size", Hostile::number, "cursor", Hostile::cursor), true),
                new Endpoint("/api/v1/public/units", Map.of("from", Hostile::instant, "to", Hostile::instant), true),
                new Endpoint("/api/v1/public/track/{id}", Map.of(), true),
                new Endpoint("/api/v1/admin/rebuild-index", Map.of(), false)));
    }

    /** The filters of search and export. */
    static Map<String, Function<Hostile, String>> filters() {
        Map<String, Function<Hostile, String>> f = new LinkedHashMap<>();
        f.put("q", Hostile::query);
        f.put("unit", Endpoints::unit);
        f.put("topic", Endpoints::topic);
        f.put("kind", h -> h.pick("COMPLAINT", "QUESTION", "SUGGESTION", "PRAISE", h.injection()));
        f.put("sentiment", h -> h.pick("NEGATIVE", "NEUTRAL", "POSITIVE", h.injection()));
        f.put("channel", h -> h.pick("ZALO", "FACEBOOK", "DESK", "API", h.injection()));
        f.put("status", h -> h.pick("NEW", "ACKNOWLEDGED", "ANSWERED", "CLOSED", h.injection()));
        f.put("place", h -> h.pick(SearchFuzzTest.PLACE, "thon-1", h.injection()));
        f.put("urgent", Hostile::bool);
        f.put("spam", Hostile::bool);
        f.put("overdue", Hostile::bool);
        f.put("from", Hostile::instant);
        f.put("to", Hostile::instant);
        f.put("sort", h -> h.pick("relevance", "newest", "deadline", "NEWEST", " deadline ", "score", "receivedAt", "", h.injection()));
        f.put("size", Hostile::number);
        f.put("cursor", Hostile::cursor);
        return f;
    }

    static String unit(Hostile h) {
        return h.pick("xa-hung-cuong", "phuong-thach-thang", "*", "xa-*", "", h.injection());
    }

    static String topic(Hostile h) {
        return h.chance(0.5) ? h.pick(TOPICS) : h.injection();
    }

    /**
     * GET operations of the OpenAPI description that are not in the list, with hostile values
     * chosen by the parameter's schema type. Returns nothing when the description is unavailable.
     */
    static List<Endpoint> discovered(JsonNode openApi, List<Endpoint> known) {
        List<String> knownPaths = known.stream().map(Endpoint::path).toList();
        List<Endpoint> found = new ArrayList<>();
        openApi.path("paths").properties().forEach(e -> {
            JsonNode get = e.getValue().path("get");
            if (get.isMissingNode() || knownPaths.contains(e.getKey()) || isStream(get)) {
                return;
            }
            Map<String, Function<Hostile, String>> parameters = new LinkedHashMap<>();
            get.path("parameters").valueStream().filter(p -> "query".equals(p.path("in").asString()))
                    .forEach(p -> parameters.put(p.path("name").asString(), byType(p.path("schema"))));
            boolean open = get.path("security").isArray() && get.path("security").isEmpty()
                    || e.getKey().startsWith("/api/v1/public");
            found.add(new Endpoint(e.getKey().replaceAll("\\{[^}]+}", "{id}"), parameters, open));
        });
        return found;
    }

    /** A server-sent event stream never ends, so a request to it cannot be judged by its answer. */
    private static boolean isStream(JsonNode operation) {
        return operation.path("responses").toString().contains("event-stream");
    }

    private static Function<Hostile, String> byType(JsonNode schema) {
        String type = schema.path("type").asString("string");
        String format = schema.path("format").asString("");
        if ("array".equals(type)) {
            return byType(schema.path("items"));
        }
        return switch (type) {
            case "integer", "number" -> Hostile::number;
            case "boolean" -> Hostile::bool;
            default -> "date-time".equals(format) ? Hostile::instant : Hostile::injection;
        };
    }
}
