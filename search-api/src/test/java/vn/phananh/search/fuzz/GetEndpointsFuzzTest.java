package vn.phananh.search.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.phananh.search.Feedbacks;
import vn.phananh.testsupport.hostile.Attempt;
import vn.phananh.testsupport.hostile.RawHttp;
import vn.phananh.testsupport.hostile.Tries;

/**
 * Every GET endpoint (the listed ones and whatever else the OpenAPI description shows) with
 * hostile query parameters and path ids, as every kind of caller: never a 5xx, a problem detail
 * on every 4xx, no trace, no 2xx for a caller the endpoint is not for, and nothing of the other
 * unit in what a unit's staff get.
 */
class GetEndpointsFuzzTest extends SearchFuzzTest {

    private static List<Endpoints.Endpoint> endpoints;

    static Stream<Hostile> getTries() {
        return Tries.of("get", 180, Hostile::new);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("getTries")
    void everyGetEndpointAnswersHostileParametersWithoutServerErrorOrLeak(Hostile h) {
        Endpoints.Endpoint endpoint = h.pick(endpoints());
        String caller = h.chance(0.8) ? h.pick(SIGNED_IN) : h.pick(CALLERS);
        List<String> names = new ArrayList<>();
        String target = target(h, endpoint, names);
        Attempt attempt = request(h.seed() + " " + caller + " GET " + endpoint.path() + " " + names, "GET", caller, target,
                new byte[0], accept(h));

        RawHttp.Reply reply = send(attempt);

        if (endpoint.api()) {
            assertWellFormed(attempt, reply);
        }
        else {
            assertNoServerErrorNorTrace(attempt, reply);
        }
        if (!endpoint.open() && !SIGNED_IN.contains(caller)) {
            assertThat(reply.status()).as("a caller who is not signed in got an answer: " + describe(attempt, reply))
                    .isGreaterThanOrEqualTo(endpoint.api() ? 400 : 300);
        }
        if (endpoint.path().startsWith("/api/v1/admin") && !"admin".equals(caller)) {
            assertThat(reply.status()).as(describe(attempt, reply)).isGreaterThanOrEqualTo(400);
        }
        if (endpoint.open()) {
            assertThat(reply.status() >= 300 ? "" : reply.text()).as(describe(attempt, reply))
                    .doesNotContain(Feedbacks.CONTACT, "Nguyễn Văn A");
        }
        else {
            assertNothingForeign(caller, attempt, reply);
        }
    }

    private synchronized List<Endpoints.Endpoint> endpoints() {
        if (endpoints == null) {
            List<Endpoints.Endpoint> all = Endpoints.known();
            RawHttp.Reply docs = client.send(Attempt.get("api-docs", "/v3/api-docs", List.of()));
            if (docs.status() == 200) {
                all.addAll(Endpoints.discovered(json.readTree(docs.body()), all));
            }
            System.out.println("Fuzzed GET endpoints (api-docs " + docs.status() + "): "
                    + all.stream().map(Endpoints.Endpoint::path).toList());
            endpoints = all;
        }
        return endpoints;
    }

    /** The path with its id, and one to five parameters (sometimes repeated, sometimes unknown). */
    static String target(Hostile h, Endpoints.Endpoint endpoint, List<String> names) {
        String path = endpoint.path().replace("{id}", encode(h, pathId(h)));
        List<String> pairs = new ArrayList<>();
        List<String> known = new ArrayList<>(endpoint.parameters().keySet());
        for (int i = known.isEmpty() ? 0 : h.between(1, Math.min(5, known.size())); i > 0; i--) {
            String name = h.pick(known);
            names.add(name);
            String value = endpoint.parameters().get(name).apply(h);
            pairs.add(name + "=" + encode(h, value));
        }
        if (h.chance(0.1)) {
            names.add("(unknown)");
            pairs.add(encode(h, h.injection()) + "=" + encode(h, h.injection()));
        }
        String query = String.join("&", pairs);
        while (query.length() > 6_000) {
            query = query.substring(0, query.length() / 2).replaceAll("%[0-9A-Fa-f]?$", "");
        }
        return query.isEmpty() ? path : path + "?" + query;
    }

    static String pathId(Hostile h) {
        return h.pick(OF_A.get(0), OF_B.get(0), Feedbacks.newId(), h.injection(), "export.csv", "..", "*", "_search",
                "_all", "x".repeat(h.between(200, 3_000)), "đường", " ", "%", "%2F");
    }

    /**
     * Percent-encoded; or (rarely) written nearly raw the way a careless client would, or encoding
     * bytes that are not UTF-8.
     */
    static String encode(Hostile h, String value) {
        if (h.chance(0.9)) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
        if (h.chance(0.3)) {
            return URLEncoder.encode(h.text(1, 10), StandardCharsets.UTF_8) + h.pick("%C3%28", "%FF", "%ED%A0%80", "%E1%BB", "%C0%80");
        }
        return value.replace(" ", "+").replace("\r", "").replace("\n", "").replace("#", "%23").replace("&", "%26");
    }

    static String[] accept(Hostile h) {
        return h.chance(0.15) ? new String[] { "Accept", h.pick("text/html", "application/xml", "text/csv", "garbage",
                "application/problem+json", "*/*;q=0") } : new String[0];
    }
}
