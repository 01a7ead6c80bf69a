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
            TDP1 ngập                      | tổ dân phố 1 ngập
            KP3 và kp Nam Sơn              | khu phố 3 và khu phố Nam Sơn
            nhờ TYT và NVH                 | nhờ trạm y tế và nhà văn hóa
            """)
    void expandsAbbreviationsAndTeencode(String input, String expected) {
        assertThat(VietnameseText.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            trường MN có nhận trẻ không    | trường mầm non có nhận trẻ không
            truong mn Hung Cuong           | truong mầm non Hung Cuong
            lớp mn của cháu                | lớp mầm non của cháu
            cô giáo MN                     | cô giáo mầm non
            cháu học MN Hoa Sen            | cháu học mầm non Hoa Sen
            mn ơi cho hỏi                  | mọi người ơi cho hỏi
            Mn cho em hỏi                  | mọi người cho em hỏi
            báo để mn biết                 | báo để mọi người biết
            MN ƠI GIÚP EM                  | mọi người ƠI GIÚP EM
            """)
    void readsMnAsTheSchoolLevelOnlyBesideASchoolWordOrAName(String input, String expected) {
        assertThat(VietnameseText.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            rác ở th.Đoài                  | rác ở thôn Đoài
            MẤT ĐIỆN Ở TH. ĐÔNG TIẾN       | MẤT ĐIỆN Ở thôn ĐÔNG TIẾN
            dây điện võng ở x. Trại        | dây điện võng ở xóm Trại
            nuoc ngap o th Dong Tien       | nuoc ngap o thôn Dong Tien
            kp Nam Sơn và kp 2             | khu phố Nam Sơn và khu phố 2
            """)
    void readsPlaceAbbreviationsBeforeAName(String input, String expected) {
        assertThat(VietnameseText.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource(delimiter = '|', textBlock = """
            th nhé mình về
            cho x vào
            giá 50 k thôi
            mua 5 kg gạo
            kp luôn
            """)
    void leavesPlaceAndTeencodeFormsAloneOutOfTheirContext(String input) {
        assertThat(VietnameseText.normalize(input)).isEqualTo(input);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hoá đơn tiền điện              | hóa đơn tiền điện
            sức khoẻ                       | sức khỏe
            thuỷ lợi                       | thủy lợi
            Uỷ ban                         | Ủy ban
            đại uý công an                 | đại úy công an
            HOÀ GIẢI                       | HÒA GIẢI
            xoè ô                          | xòe ô
            nhà văn hoá                    | nhà văn hóa
            """)
    void placesToneMarksOnTheFirstVowelOfOpenOaOeUy(String input, String expected) {
        assertThat(VietnameseText.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource(delimiter = '|', textBlock = """
            quý khách
            hoàng hôn
            toán học
            thuyền
            khuỷu tay
            khoảng cách
            ngoài đồng
            thuế
            """)
    void leavesClosedSyllablesAndQuAlone(String input) {
        assertThat(VietnameseText.normalize(input)).isEqualTo(input);
    }

    @Test
    void givesBothTonePlacementsOfAQuery() {
        assertThat(VietnameseText.tonePlacements("hoá đơn")).containsExactly("hóa đơn", "hoá đơn");
        assertThat(VietnameseText.tonePlacements("thủy lợi")).containsExactly("thủy lợi", "thuỷ lợi");
        assertThat(VietnameseText.tonePlacements("mất điện")).containsExactly("mất điện");
    }

    @Test
    void canonicalFormKeepsCaseSpacingAndAbbreviations() {
        assertThat(VietnameseText.canonical("Ko  có Hoá đơn")).isEqualTo("Ko  có Hóa đơn");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            mat dien ca thon tu sang       | true
            Mất điện cả thôn từ sáng       | false
            mat dien ca thôn tu sang       | true
            2025 !!!                       | false
            """)
    void tellsTextTypedWithoutDiacritics(String text, boolean bare) {
        assertThat(VietnameseText.isTypedWithoutDiacritics(text)).isEqualTo(bare);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            phường Phú Lợi                 | true
            Phuong Phu Loi                 | true
            thi  tran Tây                  | true
            THỊ TRẤN                       | true
            phuờng                         | false
            xa                             | false
            """)
    void buildsPatternsForWordsTypedWithOrWithoutDiacritics(String text, boolean found) {
        java.util.regex.Pattern unit = java.util.regex.Pattern.compile(
                "^" + VietnameseText.withOrWithoutDiacritics("phường", "thị trấn"));
        assertThat(unit.matcher(text).find()).isEqualTo(found);
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource(delimiter = '|', textBlock = """
            kho lạnh bị hỏng
            đóng tiền 50k
            ca trực đêm
            kokoro
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
