package vn.phananh.webapp.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.Place;
import vn.phananh.avro.PlaceType;
import vn.phananh.search.Feedbacks;
import vn.phananh.testsupport.hostile.Attempt;
import vn.phananh.testsupport.hostile.HostileInput;
import vn.phananh.testsupport.hostile.RawHttp;
import vn.phananh.testsupport.hostile.Tries;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app's pages (signed in with a session, as a browser is) with hostile query parameters
 * and path segments, over the real search API: never a 5xx or a trace, the Vietnamese error page
 * for what is refused, no staff page for the anonymous, and nothing of the other unit on a unit's
 * staff pages. The event streams never end and are left out. (The search API's own suites fuzz
 * its JSON; this one covers what the split put between the browser and it.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPagesFuzzTest extends WebTestBase {

    /** Words only the feedback of one unit holds: seeing the other unit's word is a leak. */
    static final String MARK_A = "zzdauhieuhungcuongweb";
    static final String MARK_B = "zzdauhieuthachthangweb";
    static final String PLACE = "p-webfuzz-" + Feedbacks.newId().substring(0, 6);
    static final List<String> OF_A = List.of(Feedbacks.newId(), Feedbacks.newId());
    static final List<String> OF_B = List.of(Feedbacks.newId(), Feedbacks.newId());
    private static final Pattern TRACE = Pattern.compile(
            "Exception|\\tat |\\bat [a-z]+\\.[a-zA-Z.$]+\\(|Caused by|\\.java:\\d+|java\\.lang\\.|org\\.springframework|"
                    + "tools\\.jackson|com\\.fasterxml|co\\.elastic|org\\.apache\\.|org\\.elasticsearch|vn\\.phananh\\.|"
                    + "root_cause|search_phase_execution|parse_exception|Whitelabel");
    private static final Map<String, String> USERS = Map.of("staff-a", STAFF_A, "staff-b", STAFF_B,
            "supervisor", SUPERVISOR, "admin", ADMIN);

    private final Map<String, String> sessions = new ConcurrentHashMap<>();

    /** A page: its path ({@code {id}} or {@code {unit}} filled per try), parameters, and whether anyone may see it. */
    record Page(String path, Map<String, Function<Hostile, String>> parameters, boolean open) {
    }

    @BeforeAll
    void seed() {
        Instant answeredAt = Instant.now().minus(Duration.ofMinutes(5));
        index(at(Feedbacks.feedback(OF_A.get(0), Feedbacks.UNIT_A, "Đường thôn Đông ngập sâu " + MARK_A)),
                at(Feedbacks.answered(Feedbacks.feedback(OF_A.get(1), Feedbacks.UNIT_A, "Đèn đường tắt * ? ~ " + MARK_A),
                        answeredAt, "Xã đã thay bóng đèn " + MARK_A)),
                at(Feedbacks.feedback(OF_B.get(0), Feedbacks.UNIT_B, "unitCode:* rác thải chưa thu gom " + MARK_B)),
                at(Feedbacks.answered(Feedbacks.feedback(OF_B.get(1), Feedbacks.UNIT_B, "Cống hỏng " + MARK_B),
                        answeredAt, "Phường đã khơi thông " + MARK_B)));
    }

    static Stream<Hostile> pageTries() {
        return Tries.of("pages", 150, Hostile::new);
    }

    static List<Page> pages() {
        Map<String, Function<Hostile, String>> search = searchFilters();
        Map<String, Function<Hostile, String>> inbox = new LinkedHashMap<>();
        inbox.put("status", h -> h.pick("NEW", "ACKNOWLEDGED", "ANSWERED", "CLOSED", h.injection()));
        inbox.put("urgent", Hostile::bool);
        inbox.put("overdue", Hostile::bool);
        inbox.put("topic", Hostile::topic);
        inbox.put("place", h -> h.pick(PLACE, "thon-1", h.injection()));
        inbox.put("unit", Hostile::unit);
        inbox.put("size", Hostile::number);
        inbox.put("cursor", Hostile::cursor);
        Map<String, Function<Hostile, String>> supervisor = new LinkedHashMap<>();
        supervisor.put("days", h -> h.pick("7", "30", "90", "0", "-1", "365000", "99999999999", "abc", ""));
        supervisor.put("unit", Hostile::unit);
        supervisor.put("interval", h -> h.pick("day", "week", "hour", "month", "", h.injection()));
        return List.of(new Page("/", Map.of(), true),
                new Page("/login", Map.of("error", Hostile::injection, "logout", Hostile::injection), true),
                new Page("/staff", inbox, false), new Page("/staff/search", search, false),
                new Page("/staff/search/export.csv", search, false),
                new Page("/staff/feedback/{id}", Map.of(), false), new Page("/staff/desk", Map.of(), false),
                new Page("/supervisor", supervisor, false),
                new Page("/so-ket", Map.of("unit", Hostile::unit, "period", Hostile::period), false),
                new Page("/so-ket/{unit}", Map.of("period", Hostile::period), false),
                new Page("/cong-khai", Map.of("cursor", Hostile::cursor), true),
                new Page("/cong-khai/{unit}", Map.of("cursor", Hostile::cursor), true),
                new Page("/tra-cuu", Map.of("ma", Hostile::trackingCode), true));
    }

    private static Map<String, Function<Hostile, String>> searchFilters() {
        Map<String, Function<Hostile, String>> f = new LinkedHashMap<>();
        f.put("q", Hostile::query);
        f.put("unit", Hostile::unit);
        f.put("topic", Hostile::topic);
        f.put("kind", h -> h.pick("COMPLAINT", "QUESTION", "SUGGESTION", "PRAISE", h.injection()));
        f.put("sentiment", h -> h.pick("NEGATIVE", "NEUTRAL", "POSITIVE", h.injection()));
        f.put("channel", h -> h.pick("ZALO", "FACEBOOK", "DESK", "API", h.injection()));
        f.put("status", h -> h.pick("NEW", "ACKNOWLEDGED", "ANSWERED", "CLOSED", h.injection()));
        f.put("place", h -> h.pick(PLACE, "thon-1", h.injection()));
        f.put("cluster", h -> h.pick("c-1", h.id(), h.injection()));
        f.put("urgent", Hostile::bool);
        f.put("spam", Hostile::bool);
        f.put("overdue", Hostile::bool);
        f.put("from", Hostile::day);
        f.put("to", Hostile::day);
        f.put("sort", h -> h.pick("relevance", "newest", "deadline", "NEWEST", " deadline ", "", h.injection()));
        f.put("cursor", Hostile::cursor);
        return f;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageTries")
    void everyPageAnswersHostileParametersWithoutServerErrorOrLeak(Hostile h) {
        Page page = h.pick(pages());
        String caller = h.pick("staff-a", "staff-a", "staff-b", "supervisor", "admin", "anonymous");
        List<String> names = new ArrayList<>();
        String target = target(h, page, names);
        List<String> headers = new ArrayList<>(List.of("Accept", "text/html"));
        if (!"anonymous".equals(caller)) {
            headers.addAll(List.of("Cookie", "JSESSIONID=" + session(caller)));
        }
        Attempt attempt = new Attempt(h.seed() + " " + caller + " page " + page.path() + " " + names, "GET", target,
                Attempt.headers(headers.toArray(String[]::new)), new byte[0]);

        RawHttp.Reply reply = new RawHttp(port).send(attempt);

        String description = describe(attempt, reply);
        assertThat(reply.status()).as(description).isLessThan(500);
        assertThat(TRACE.matcher(reply.text()).find()).as("stack trace or internal name in " + description).isFalse();
        if (reply.status() >= 400 && reply.contentType().startsWith("text/html")) {
            // The pages' own error page, or the page itself with its message (the tracking page), in Vietnamese.
            assertThat(reply.text()).as(description).contains("lang=\"vi\"")
                    .containsAnyOf("id=\"error-page\"", "role=\"alert\"");
        }
        if (!page.open() && "anonymous".equals(caller)) {
            assertThat(reply.status()).as(description).isGreaterThanOrEqualTo(300);
        }
        if (reply.status() >= 300) {
            return;
        }
        String body = reply.text();
        if (page.open()) {
            // Public pages show every unit's answered feedback, never who wrote it.
            assertThat(body).as(description).doesNotContain(Feedbacks.CONTACT, "Nguyễn Văn A");
        }
        else {
            switch (caller) {
                case "staff-a" -> assertThat(body).as(description).doesNotContain(MARK_B).doesNotContain(OF_B);
                case "staff-b" -> assertThat(body).as(description).doesNotContain(MARK_A).doesNotContain(OF_A);
                default -> assertThat(body).as(description).doesNotContain(Feedbacks.CONTACT);
            }
        }
    }

    private static String target(Hostile h, Page page, List<String> names) {
        String path = page.path().replace("{id}", encode(h, h.pathId()))
                .replace("{unit}", encode(h, Hostile.unit(h)));
        List<String> pairs = new ArrayList<>();
        List<String> known = new ArrayList<>(page.parameters().keySet());
        for (int i = known.isEmpty() ? 0 : h.between(1, Math.min(5, known.size())); i > 0; i--) {
            String name = h.pick(known);
            names.add(name);
            pairs.add(name + "=" + encode(h, page.parameters().get(name).apply(h)));
        }
        String query = String.join("&", pairs);
        while (query.length() > 6_000) {
            query = query.substring(0, query.length() / 2).replaceAll("%[0-9A-Fa-f]?$", "");
        }
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** Percent-encoded; or (rarely) nearly raw as a careless client writes it, or with bytes that are not UTF-8. */
    private static String encode(Hostile h, String value) {
        if (h.chance(0.9)) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
        if (h.chance(0.3)) {
            return URLEncoder.encode(h.text(1, 10), StandardCharsets.UTF_8)
                    + h.pick("%C3%28", "%FF", "%ED%A0%80", "%E1%BB", "%C0%80");
        }
        return value.replace(" ", "+").replace("\r", "").replace("\n", "").replace("#", "%23").replace("&", "%26");
    }

    /** Signs the caller in once through the realm's login page, as a browser does, and keeps the session. */
    private String session(String caller) {
        return sessions.computeIfAbsent(caller, c -> signedIn(USERS.get(c)).sessionId());
    }

    private static EnrichedFeedback at(EnrichedFeedback.Builder b) {
        return b.setPlace(Place.newBuilder().setId(PLACE).setName("Thôn " + PLACE).setType(PlaceType.VILLAGE).build())
                .build();
    }

    private static String describe(Attempt attempt, RawHttp.Reply reply) {
        String target = attempt.target().length() > 500 ? attempt.target().substring(0, 500) + "…" : attempt.target();
        return attempt.label() + "\n  " + attempt.method() + " " + Attempt.printable(target) + "\n  answer: "
                + Attempt.printable(reply.toString());
    }

    /** Hostile values for the pages' parameters, on top of the shared generators. */
    static final class Hostile extends HostileInput {

        private static final List<String> QUERY_SYNTAX = List.of("*", "*:*", "unitCode:phuong-thach-thang",
                "unitCode:* OR unitCode:phuong-thach-thang", "author.contact:*", "a AND (b OR", "(((((((((((", "\"unterminated",
                "\\", "/[a-z]+{1,99999}/", "field:[* TO *]", "a~10", "+-&&||!(){}[]^\"~*?:\\/", "{\"match_all\":{}}",
                "{{#toJson}}_source{{/toJson}}", "<script>alert(1)</script>", "%00", "%", "%zz", "th:text=${7*7}",
                "[[${T(java.lang.Runtime).getRuntime()}]]", "__${7*7}__::.x");

        Hostile(long seed) {
            super(seed);
        }

        String query() {
            return switch (random().nextInt(5)) {
                case 0, 1 -> pick(QUERY_SYNTAX);
                case 2 -> injection();
                case 3 -> "a".repeat(between(200, 3_000));
                default -> text(1, 60);
            };
        }

        String bool() {
            return pick("true", "false", "TRUE", "1", "0", "yes", "on", "maybe", "", "null", "tru");
        }

        String number() {
            return pick("-1", "0", "1", "20", "100", "101", "2147483648", "99999999999999999999", "1e3", "NaN", "", "١٢");
        }

        String topic() {
            return pick("INFRASTRUCTURE", "HEALTH", "ENVIRONMENT", "health", "", injection());
        }

        static String unit(Hostile h) {
            return h.pick(Feedbacks.UNIT_A, Feedbacks.UNIT_B, "*", "xa-*", "", "../admin", h.injection());
        }

        String day() {
            return pick("2025-01-01", "2025-13-01", "2025-02-30", "0000-01-01", "+999999999-12-31", "-999999999-01-01",
                    "2025-01-01T00:00:00Z", "hôm qua", "", "9999-12-31", injection());
        }

        String period() {
            return pick("2026-Q4", "2026-11", "2026", "2026-Q5", "2026-13", "0000-01", "99999-Q1", "-1", "", "Q4",
                    injection());
        }

        String trackingCode() {
            return pick("HC-7K4P-2QX9M", "hc 7k4p 2qx9m", "XX-0000-00000", "", "-", injection(), "A".repeat(between(41, 3000)));
        }

        String pathId() {
            return pick(OF_A.get(0), OF_B.get(0), Feedbacks.newId(), injection(), "export.csv", "..", "*", "_search",
                    "x".repeat(between(200, 3_000)), "đường", " ", "%", "%2F");
        }

        /** A cursor: base64 of something the API never wrote, or garbage. */
        String cursor() {
            byte[] forged = String.join("\n", pick(List.of("l1", "sx"), List.of("d" + pick("NaN", "1e308"), "sabc"),
                    List.of("s" + injection()), List.of("n", "n", "n", "n"), List.of("x", ""))).getBytes(StandardCharsets.UTF_8);
            return switch (random().nextInt(4)) {
                case 0 -> pick("", " ", "%%%", "!!!", "====", "a", "\u00e9");
                case 1 -> Base64.getEncoder().encodeToString(forged);
                case 2 -> "A".repeat(between(1, 6_000));
                default -> Base64.getUrlEncoder().withoutPadding().encodeToString(forged);
            };
        }
    }
}
