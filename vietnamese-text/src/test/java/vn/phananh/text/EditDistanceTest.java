package vn.phananh.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    /** "ca" ~ "abc" is 3, not 2: a swapped pair is never edited again (optimal string alignment). */
    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            dong tien    | dong tien    | 0
            dong tein    | dong tien    | 1
            thuong cug   | thuong cung  | 1
            thuong cunng | thuong cung  | 1
            phu cuog     | phu cuong    | 1
            dong tan     | dong tien    | 2
            dong tien    | dong tine    | 1
            ca           | abc          | 3
            ''           | ha lac       | 6
            """)
    void countsInsertionsDeletionsSubstitutionsAndAdjacentSwaps(String a, String b, int distance) {
        assertThat(EditDistance.damerauLevenshtein(a, b)).isEqualTo(distance);
        assertThat(EditDistance.damerauLevenshtein(b, a)).isEqualTo(distance);
    }

    @Test
    void tellsOneEditApartExactlyWhenTheDistanceIsOne() {
        Random random = new Random(2026);
        String letters = "abcdđ ";
        for (int n = 0; n < 50_000; n++) {
            String a = randomWord(random, letters);
            String b = random.nextBoolean() ? slip(random, a, letters) : randomWord(random, letters);
            assertThat(EditDistance.isOneEdit(a, b)).as("%s ~ %s", a, b)
                    .isEqualTo(EditDistance.damerauLevenshtein(a, b) == 1);
        }
    }

    private static String randomWord(Random random, String letters) {
        StringBuilder word = new StringBuilder();
        for (int i = random.nextInt(7); i > 0; i--) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }

    /** The word with one random slip: a letter changed, dropped, added, or two swapped. */
    private static String slip(Random random, String word, String letters) {
        StringBuilder out = new StringBuilder(word);
        int at = word.isEmpty() ? 0 : random.nextInt(word.length());
        char letter = letters.charAt(random.nextInt(letters.length()));
        switch (word.isEmpty() ? 2 : random.nextInt(4)) {
            case 0 -> out.setCharAt(at, letter);
            case 1 -> out.deleteCharAt(at);
            case 2 -> out.insert(at, letter);
            default -> {
                if (at + 1 < word.length()) {
                    out.setCharAt(at, word.charAt(at + 1));
                    out.setCharAt(at + 1, word.charAt(at));
                }
            }
        }
        return out.toString();
    }
}
