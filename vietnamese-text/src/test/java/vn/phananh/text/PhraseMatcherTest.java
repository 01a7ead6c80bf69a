package vn.phananh.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhraseMatcherTest {

    private static final PhraseMatcher MATCHER = PhraseMatcher.of(Map.of(
            "bite", List.of("cắn", "chó cắn"),
            "market", List.of("chợ", "chợ xã"),
            "water", List.of("mất nước", "nước sạch", "lan"),
            "chemical", List.of("hóa chất", "Hoá chất", "hoá chất độc")));

    private static Map<String, Integer> hits(String text) {
        return MATCHER.hits(VietnameseText.normalize(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Con chó cắn cháu bé            | bite
            bị chó cắn ở chợ               | bite
            cháu bị cắn                    | bite
            chi bi cho can o ngo           | bite
            mat nuoc ca tuan               | water
            Mất nước cả tuần               | water
            nhà tôi mat nuoc cả tuần       | water
            đổ hoá chất ra mương           | chemical
            do hoa chat ra muong           | chemical
            """)
    void findsPhrasesTypedWithOrWithoutDiacritics(String text, String label) {
        assertThat(hits(text)).containsKey(label);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "xin cần hỗ trợ",       // "cần" is not "cắn"
        "xin can thiep",        // without diacritics "can" may be "cần", so "cắn" is not looked for
        "cho em hỏi",           // "cho" is not "chợ"
        "xin cho em hoi",
    })
    void neverReadsOneBareSyllableAsItsAccentedLookAlike(String text) {
        assertThat(hits(text)).doesNotContainKeys("bite", "market");
    }

    @Test
    void matchesASyllableWithoutDiacriticsInEitherKindOfText() {
        assertThat(hits("ngõ lan có nước")).containsEntry("water", 1);
        assertThat(hits("ngo lan co nuoc")).containsEntry("water", 1);
    }

    @Test
    void countsDistinctPhrasesOncePerLabelAndBothTonePlacementsAsOne() {
        assertThat(hits("đổ hóa chất, hoá chất độc, lại hoá chất")).containsEntry("chemical", 2);
        assertThat(hits("chợ xã đông, ra chợ")).containsEntry("market", 2);
    }

    @Test
    void keepsTheOrderOfTheLabels() {
        PhraseMatcher ordered = PhraseMatcher.of(new java.util.LinkedHashMap<>(Map.of("b", List.of("mất điện"))) {
            {
                put("a", List.of("mất nước"));
            }
        });
        assertThat(ordered.hits("mất nước và mất điện").keySet()).containsExactly("b", "a");
    }

    @Test
    void refusesAPhraseWithNoWord() {
        assertThatThrownBy(() -> PhraseMatcher.of(Map.of("x", List.of("!!"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
