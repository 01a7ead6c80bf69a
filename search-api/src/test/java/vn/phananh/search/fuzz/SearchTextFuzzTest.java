package vn.phananh.search.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.phananh.search.Feedbacks;
import vn.phananh.testsupport.hostile.Attempt;
import vn.phananh.testsupport.hostile.RawHttp;
import vn.phananh.testsupport.hostile.Tries;

/**
 * Free text is words to match, never a query language: Lucene syntax, Elasticsearch JSON, script
 * fragments and thousands of words all answer 200, and a unit's staff find only their own unit's
 * feedback whatever they type or filter.
 */
class SearchTextFuzzTest extends SearchFuzzTest {

    static Stream<Hostile> textTries() {
        return Tries.of("text", 80, Hostile::new);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textTries")
    void freeTextIsSearchedAsWordsAndStaysInTheViewersUnit(Hostile h) {
        String caller = h.pick("staff-a", "staff-b");
        String own = "staff-a".equals(caller) ? Feedbacks.UNIT_A : Feedbacks.UNIT_B;
        boolean csv = h.chance(0.2);
        String text = h.query();
        String q = URLEncoder.encode(text, StandardCharsets.UTF_8);
        while (q.length() > 5_000) {
            // Shortened as text, not as encoded bytes: a cut inside a UTF-8 sequence is another test.
            text = text.substring(0, text.length() / 2);
            q = URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
        String target = (csv ? "/api/v1/feedback/export.csv" : "/api/v1/feedback") + "?q=" + q
                + (h.chance(0.6) ? "&place=" + PLACE : "")
                + (h.chance(0.3) ? "&sort=" + h.pick("relevance", "newest", "deadline") : "")
                + (h.chance(0.2) ? "&unit=" + h.pick(Feedbacks.UNIT_A, Feedbacks.UNIT_B) : "");
        Attempt attempt = request(h.seed() + " " + caller + (csv ? " export" : " search") + " q", "GET", caller, target,
                new byte[0]);

        RawHttp.Reply reply = send(attempt);

        assertWellFormed(attempt, reply);
        assertThat(reply.status()).as(describe(attempt, reply)).isEqualTo(200);
        assertNothingForeign(caller, attempt, reply);
        if (!csv) {
            assertThat(json.readTree(reply.body()).path("items").valueStream().map(i -> i.path("unitCode").asString()))
                    .as(describe(attempt, reply)).allMatch(own::equals);
        }
    }
}
