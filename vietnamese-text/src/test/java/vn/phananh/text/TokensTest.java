package vn.phananh.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokensTest {

    private static String keys(String text) {
        return String.join(" ", Tokens.of(text).stream().map(Token::key).toList());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MẤT ĐIỆN Ở TH. ĐÔNG TIẾN       | mat dien o thon dong tien
            rác ở th.Đoài                  | rac o thon doai
            cột điện TDP1                  | cot dien to dan pho 1
            trường MN Hùng Cường           | truong mam non hung cuong
            mn ơi                          | moi nguoi oi
            nhà văn hoá xã                 | nha van hoa xa
            ĐH.62                          | dh 62
            """)
    void readsWordsAsNormaliseDoes(String text, String keys) {
        assertThat(keys(text)).isEqualTo(keys);
        assertThat(keys(text)).isEqualTo(keys(VietnameseText.normalize(text)));
    }

    @Test
    void keepsOffsetsIntoTheTextAsTyped() {
        String text = "Mất điện ở th.Đoài";
        List<Token> tokens = Tokens.of(text);
        Token thon = tokens.get(3);
        assertThat(thon.text()).isEqualTo("thôn");
        assertThat(thon.expanded()).isTrue();
        assertThat(text.substring(thon.start(), tokens.getLast().end())).isEqualTo("th.Đoài");
    }

    @Test
    void keepsOffsetsOfDecomposedText() {
        String text = "tho\u0302n \u0110oa\u0300i";
        List<Token> tokens = Tokens.of(text);
        assertThat(tokens).extracting(Token::text).containsExactly("thôn", "đoài");
        assertThat(text.substring(tokens.get(1).start(), tokens.get(1).end())).isEqualTo("\u0110oa\u0300i");
    }

    @Test
    void putsTonePlacementsIntoOneSpelling() {
        assertThat(Tokens.of("Hoá")).singleElement().extracting(Token::text).isEqualTo("hóa");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            thôn Đoài, Hạ Lạc               | true
            thôn Đoài. Hạ Lạc               | true
            thôn Đoài (Hạ Lạc)              | true
            thôn Đoài Hạ Lạc                | false
            TP. Hạ Lạc                      | false
            th. Hạ Lạc                      | false
            """)
    void breaksNamesAtPunctuationButNotAtAbbreviationDots(String text, boolean breaks) {
        assertThat(Tokens.of(text).stream().anyMatch(Token::breakBefore)).isEqualTo(breaks);
    }

    @Test
    void saysWhichWordsWereTypedWithDiacritics() {
        assertThat(Tokens.of("đông Tien th. Đoài")).extracting(Token::typedWithDiacritics)
                .containsExactly(true, false, false, true);
    }
}
