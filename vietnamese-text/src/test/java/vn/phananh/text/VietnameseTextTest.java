package vn.phananh.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ko có điện                     | không có điện
            mất nước k ai sửa              | mất nước không ai sửa
            hok ai đến                     | không ai đến
            xin dc hỗ trợ                  | xin được hỗ trợ
            làm đc chưa                    | làm được chưa
            thủ tục ntn ạ                  | thủ tục như thế nào ạ
            mn ơi, ae ơi                   | mọi người ơi, anh em ơi
            a/c cho e hỏi                  | anh chị cho em hỏi
            đi vs ai, ib em                | đi với ai, nhắn tin em
            LH STK sau                     | liên hệ số tài khoản sau
            UBND xã và CA xã               | ủy ban nhân dân xã và công an xã
            họp TDP tối nay                | họp tổ dân phố tối nay
            làm j bây giờ                  | làm gì bây giờ
            """)
    void expandsAbbreviationsAndTeencode(String input, String expected) {
        assertThat(VietnameseText.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource(delimiter = '|', textBlock = """
            kho lạnh bị hỏng
            đóng tiền 50k
            ca trực đêm
            kokoro
            TDP1 ngập
            e ngại báo cáo
            mail em: ko.dc@gmail.com
            """)
    void neverExpandsInsideWordsOrOrdinaryWords(String input) {
        assertThat(VietnameseText.normalize(input)).isEqualTo(input);
    }

    @Test
    void composesDecomposedDiacriticsToNfc() {
        String decomposed = "Tho\u0302n \u0110o\u0302ng Tie\u0302\u0301n";
        assertThat(VietnameseText.normalize(decomposed)).isEqualTo("Thôn Đông Tiến");
    }

    @Test
    void collapsesWhitespaceAndLineBreaks() {
        assertThat(VietnameseText.normalize("  mất\u00A0điện \n\n  cả   thôn  ")).isEqualTo("mất điện cả thôn");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Thôn Đông Tiến       | thon dong tien
            ĐƯỜNG ĐÊ             | duong de
            Xóm Bãi ngoài đê     | xom bai ngoai de
            Trạm Y tế xã         | tram y te xa
            Hạ Lạc, Yên Lũ       | ha lac, yen lu
            """)
    void foldsToLowerCaseWithoutDiacritics(String input, String expected) {
        assertThat(VietnameseText.fold(input)).isEqualTo(expected);
    }

    @Test
    void foldsDecomposedAndComposedTextAlike() {
        assertThat(VietnameseText.fold("Tho\u0302n \u0110o\u0302ng")).isEqualTo(VietnameseText.fold("Thôn Đông")).isEqualTo("thon dong");
    }

    @Test
    void handlesNullAsEmpty() {
        assertThat(VietnameseText.normalize(null)).isEmpty();
        assertThat(VietnameseText.fold(null)).isEmpty();
    }
}
