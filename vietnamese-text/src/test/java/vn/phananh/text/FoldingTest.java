package vn.phananh.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The table-driven shortcut must give exactly what the definition gives, for any text. */
class FoldingTest {

    private static final String VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợ"
            + "pqrstuùúủũụưừứửữựvxyỳýỷỹỵ";

    @Test
    void everyLatinCharacterFoldsAsTheDefinitionSays() {
        for (char c = 0; c < 0x250; c++) {
            assertSame(String.valueOf(c));
        }
        for (char c = 0x1E00; c < 0x1F00; c++) {
            assertSame(String.valueOf(c));
        }
    }

    @Test
    void randomVietnameseAndMixedTextFoldsAsTheDefinitionSays() {
        Random random = new Random(20261127);
        String letters = VIETNAMESE + VIETNAMESE.toUpperCase() + " .,!?0123456789-_@/\n\t";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(100);
                if (pick < 85) {
                    text.append(letters.charAt(random.nextInt(letters.length())));
                }
                else if (pick < 90) {
                    text.append((char) (0x300 + random.nextInt(0x70))); // a combining mark
                }
                else {
                    text.appendCodePoint(random.nextInt(0x3000)); // anything, other scripts included
                }
            }
            assertSame(text.toString());
            assertSame(Normalizer.normalize(text, Normalizer.Form.NFD));
        }
    }

    @Test
    void plainAsciiComesBackAsItIsWhenAlreadyLowerCase() {
        String text = "duong thon 3 ngap";
        assertThat(VietnameseText.fold(text)).isSameAs(text);
        assertThat(VietnameseText.fold("Đường THÔN 3 ngập")).isEqualTo("duong thon 3 ngap");
    }

    private static void assertSame(String text) {
        assertThat(VietnameseText.fold(text)).as("fold of %s", text.codePoints()
                .mapToObj(Integer::toHexString).toList()).isEqualTo(VietnameseText.foldByDecomposition(text));
    }
}
