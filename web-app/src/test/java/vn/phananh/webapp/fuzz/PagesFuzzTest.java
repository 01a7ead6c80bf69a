package vn.phananh.search.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.phananh.search.Feedbacks;
import vn.phananh.search.LoopbackCookies;
import vn.phananh.search.OidcSignIn;
import vn.phananh.testsupport.hostile.Attempt;
import vn.phananh.testsupport.hostile.RawHttp;
import vn.phananh.testsupport.hostile.Tries;

/**
 * The server-rendered pages (signed in with a session, as a browser is) with hostile query
 * parameters and path segments: never a 5xx or a trace, no page for a caller it is not for, and
 * nothing of the other unit on a unit's staff pages. Their errors are HTML pages by design, so
 * the problem-detail rule of the API does not apply here. The live-alert stream never ends and
 * is left out.
 */
class PagesFuzzTest extends SearchFuzzTest {

    private static final Map<String, String> sessions = new HashMap<>();

    /** A page: its path ({@code {id}} or {@code {unit}} filled per try), parameters, and whether anyone may see it. */
    record Page(String path, Map<String, Function<Hostile, String>> parameters, boolean open) {
    }

    static List<Page> pages() {
        Map<String, Function<Hostile, String>> search = new LinkedHashMap<>(Endpoints.filters());
        search.put("from", PagesFuzzTest::day);
        search.put("to", PagesFuzzTest::day);
        return List.of(new Page("/", Map.of(), true), new Page("/login", Map.of("error", Hostile::injection, "logout", Hostile::injection), true),
                new Page("/staff", Map.of("cursor", Hostile::cursor), false), new Page("/staff/search", search, false),
                new Page("/staff/feedback/{id}", Map.of(), false), new Page("/staff/desk", Map.of(), false),
                new Page("/supervisor", Map.of("days", h -> h.pick("7", "30", "90", "0", "-1", "365000", "99999999999", "abc", "")), false),
                new Page("/cong-khai", Map.of("cursor", Hostile::cursor), true),
                new Page("/cong-khai/{unit}", Map.of("cursor", Hostile::cursor), true),
                new Page("/tra-cuu", Map.of("ma", Hostile::injection), true));
    }

    static String day(Hostile h) {
        return h.pick("2025-01-01", "2025-13-01", "2025-02-30", "0000-01-01", "+999999999-12-31", "-999999999-01-01",
                "2025-01-01T00:00:00Z", "hôm qua", "", "9999-12-31", h.injection());
    }

    static Stream<Hostile> pageTries() {
        return Tries.of("pages", 120, Hostile::new);
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

        RawHttp.Reply reply = send(attempt);

        assertNoServerErrorNorTrace(attempt, reply);
        if (!page.open() && "anonymous".equals(caller)) {
            assertThat(reply.status()).as(describe(attempt, reply)).isGreaterThanOrEqualTo(300);
        }
        if (reply.status() < 300 && page.open()) {
            // Public pages show every unit's answered feedback, never who wrote it.
            assertThat(reply.text()).as(describe(attempt, reply)).doesNotContain(Feedbacks.CONTACT, "Nguyễn Văn A");
        }
        else if (reply.status() < 300) {
            String body = reply.text();
            switch (caller) {
                case "staff-a" -> assertThat(body).as(describe(attempt, reply)).doesNotContain(MARK_B).doesNotContain(OF_B);
                case "staff-b" -> assertThat(body).as(describe(attempt, reply)).doesNotContain(MARK_A).doesNotContain(OF_A);
                default -> assertThat(body).as(describe(attempt, reply)).doesNotContain(Feedbacks.CONTACT);
            }
        }
    }

    private static String target(Hostile h, Page page, List<String> names) {
        String path = page.path().replace("{id}", GetEndpointsFuzzTest.encode(h, GetEndpointsFuzzTest.pathId(h)))
                .replace("{unit}", GetEndpointsFuzzTest.encode(h, Endpoints.unit(h)));
        List<String> pairs = new ArrayList<>();
        List<String> known = new ArrayList<>(page.parameters().keySet());
        for (int i = known.isEmpty() ? 0 : h.between(1, Math.min(5, known.size())); i > 0; i--) {
            String name = h.pick(known);
            names.add(name);
            pairs.add(name + "=" + GetEndpointsFuzzTest.encode(h, page.parameters().get(name).apply(h)));
        }
        String query = String.join("&", pairs);
        while (query.length() > 6_000) {
            query = query.substring(0, query.length() / 2).replaceAll("%[0-9A-Fa-f]?$", "");
        }
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** Signs the caller in once through the realm's login page, as a browser does, and keeps the session. */
    private synchronized String session(String caller) {
        return sessions.computeIfAbsent(caller, c -> {
            String base = "http://127.0.0.1:" + port;
            keycloak.allowWebUrl(base);
            LoopbackCookies cookies = new LoopbackCookies();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            String user = Map.of("staff-a", STAFF_A, "staff-b", STAFF_B, "supervisor", SUPERVISOR, "admin", ADMIN).get(c);
            OidcSignIn.Outcome done = OidcSignIn.signIn(browser, base, "/oauth2/authorization/keycloak", user,
                    keycloak.settings().devPassword());
            assertThat(done.signedIn()).as("sign-in of " + c).isTrue();
            assertThat(done.location()).as("sign-in of " + c).doesNotContain("error");
            return cookies.jar().getCookieStore().getCookies().stream().filter(k -> k.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElseThrow();
        });
    }
}
