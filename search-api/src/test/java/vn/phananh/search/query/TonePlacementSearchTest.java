package vn.phananh.search.query;

import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import vn.phananh.search.ApiTestBase;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;

/** "khoẻ" and "khỏe" are one word typed in two conventions: the diacritics typed rank either above none. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TonePlacementSearchTest extends ApiTestBase {

    final String place = newPlace();
    final String secondVowel = Feedbacks.newId();
    final String firstVowel = Feedbacks.newId();
    final String bare = Feedbacks.newId();

    @BeforeAll
    void seed() {
        // The same words and length without diacritics: on folded text alone the three tie, so what ranks
        // the accented ones first is the typed diacritics in either tone placement. (A much shorter bare
        // text can outrank them on length alone, depending on what else the shared index holds: BM25.)
        index(feedback(secondVowel, "Mẹ tôi đã khoẻ lại rồi, cảm ơn trạm y tế xã nhiều"),
                feedback(firstVowel, "Bố tôi đã khỏe lại rồi, cảm ơn trạm y tế xã nhiều"),
                feedback(bare, "Ong toi da khoe lai roi, cam on tram y te xa nhieu"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "khoẻ", "khỏe" })
    void ranksEitherTonePlacementAboveTextWithoutDiacritics(String query) {
        Response r = get("/api/v1/feedback?place=" + place + "&q=" + q(query), STAFF_A);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> ids = ids(r.json());
        assertThat(ids).hasSize(3);
        assertThat(ids.subList(0, 2)).containsExactlyInAnyOrder(secondVowel, firstVowel);
    }

    private vn.phananh.avro.EnrichedFeedback feedback(String id, String text) {
        return at(Feedbacks.feedback(id, Feedbacks.UNIT_A, text), place).build();
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(i -> i.get("feedbackId").asString()).toList();
    }
}
