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
        // The bare one is short, so on folded text alone it would outrank the longer accented ones.
        index(feedback(secondVowel, "Mẹ tôi đã khoẻ lại rồi, cảm ơn trạm y tế xã nhiều"),
                feedback(firstVowel, "Bố tôi đã khỏe lại rồi, cảm ơn các bác sĩ trạm nhiều"),
                feedback(bare, "khoe roi"));
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
