package vn.phananh.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PiiMaskerTest {

    private final PiiMasker masker = new PiiMasker();

    /** Finds exactly one span and checks it covers {@code expected}, as typed. */
    private void assertSingle(String text, PiiType type, String expected) {
        List<PiiSpan> spans = masker.find(text);
        assertThat(spans).singleElement().satisfies(span -> {
            assertThat(span.type()).isEqualTo(type);
            assertThat(span.in(text)).isEqualTo(expected);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            có gì liên hệ em 0912675340                          | 0912675340
            SĐT: 0977 403 518. Cảm ơn                           | 0977 403 518
            SĐT 086 922 4503.                                   | 086 922 4503
            SĐT: 0358.442.916                                   | 0358.442.916
            ĐT: 0376-219-448.                                   | 0376-219-448
            có gì gọi em +84 983 517 206.                       | +84 983 517 206
            ĐT liên hệ: (+84) 945 223 106.                      | (+84) 945 223 106
            gọi 84912675340 nhé                                 | 84912675340
            Sđt 0355 71 82 93.                                  | 0355 71 82 93
            Ket ban zalo 0.3.6.8.2.4.7.1.9.5 de duoc tu van     | 0.3.6.8.2.4.7.1.9.5
            LH/ZALO 0909 817 356🔥                              | 0909 817 356
            máy bàn 024 3825 1234 giờ hành chính                | 024 3825 1234
            """)
    void masksVietnamesePhoneNumbersInUsualForms(String text, String phone) {
        assertSingle(text, PiiType.PHONE, phone);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tôi là Đỗ Thị Minh Thư, CCCD số 001193027746. Hồ sơ  | 001193027746
            CCCD số 034 145 007 512, nộp hồ sơ                 | 034 145 007 512
            Ông Hà Văn Thuận, CCCD 034.066.012.978, đề nghị    | 034.066.012.978
            số định danh cá nhân 034078003321, nộp             | 034078003321
            giấy tờ ghi 036189012457 nhưng                     | 036189012457
            """)
    void masksTwelveDigitCitizenId(String text, String id) {
        assertSingle(text, PiiType.CITIZEN_ID, id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ghi số CMND cũ 151882407, nay đã đổi               | 151882407
            Ông Lê Quang Vinh (CMND 162378904) đề nghị         | 162378904
            chứng minh thư 162 378 904 bị mất                  | 162 378 904
            """)
    void masksNineDigitCmndOnlyWithIdContext(String text, String id) {
        assertSingle(text, PiiType.CITIZEN_ID, id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            xin chuyển vào STK Vietcombank 0491000382716, chủ TK   | 0491000382716
            chuyển vào tài khoản 0987 126 450 MB Bank. Tin nhắn    | 0987 126 450
            số tài khoản 1013 2840 5716 Vietinbank, điện thoại     | 1013 2840 5716
            vào STK 1903 6672 4518 01 Techcombank mang tên         | 1903 6672 4518 01
            qua tài khoản BIDV số 21510003857264. Đã tiếp nhận.    | 21510003857264
            nhận tiền qua 0912 604 338 Agribank nhé                | 0912 604 338
            """)
    void masksBankAccountsByContextEvenWhenPhoneShaped(String text, String account) {
        assertSingle(text, PiiType.BANK_ACCOUNT, account);
    }

    @Test
    void tellsAccountAndPhoneApartInOneSentence() {
        String text = "gửi chị Hoa, số tài khoản 1013 2840 5716 Vietinbank, điện thoại 0375 218 460, hoặc gửi qua Báo.";
        List<PiiSpan> spans = masker.find(text);
        assertThat(spans).extracting(PiiSpan::type).containsExactly(PiiType.BANK_ACCOUNT, PiiType.PHONE);
        assertThat(spans).extracting(s -> s.in(text)).containsExactly("1013 2840 5716", "0375 218 460");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            kết quả gửi về email nguyenthanhtam.hc@gmail.com được không   | nguyenthanhtam.hc@gmail.com
            Xin trả lời qua email hoangvanduc.bn@gmail.com.              | hoangvanduc.bn@gmail.com
            gửi về email lehoangnam2791@yahoo.com.vn. Xin cảm ơn         | lehoangnam2791@yahoo.com.vn
            Email liên hệ: huongnt.vh@outlook.com.                       | huongnt.vh@outlook.com
            """)
    void masksEmailAddresses(String text, String email) {
        assertSingle(text, PiiType.EMAIL, email);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "mã hồ sơ H26.45-250610-0007, xã kiểm tra giúp",
        "Hồ sơ trích lục kết hôn mã 000.45.21.H26-251020-0113 nộp từ 20/10",
        "mã hồ sơ G22.39-251003-0418 quá hạn",
        "Công ty TNHH May Phú Thành (mã số thuế 0109837245) đề nghị",
        "tiền nước (mã khách hàng DN0425187) là 1.846.000 đồng",
        "xe Wave biển số 34B2-517.09 bị mất",
        "liên hệ tổng đài 1900 6769 để được hỗ trợ",
        "đã gọi 114 và 115, còn 113 không nghe máy, đường dây nóng 1022",
        "thửa đất số 245, tờ bản đồ số 12, diện tích 150 m2",
        "nộp từ ngày 15/01/2025 đến 20.10.2025",
        "mua nước giá 100.000 đồng/m³, cả năm hết 150.000.000 đồng",
        "xin hỗ trợ 2.500.000.000đ cho công trình",
        "số nhà 0912675340? không, số nhà 12 ngõ 34",
        "các năm 2019 2020 2021 đều ngập",
        "Hung Cuong 2024, thôn 5, tổ 3",
    })
    void leavesCodesMoneyDatesPlatesAndHotlinesAlone(String text) {
        assertThat(masker.find(text)).isEmpty();
    }

    @Test
    void doesNotTakeNineDigitsWithoutIdContext() {
        assertThat(masker.find("đơn số 162378904 đã nhận")).isEmpty();
    }

    @Test
    void replacesEachSpanWithItsPlaceholderAndKeepsOriginalOffsets() {
        String text = "CCCD 034065002981, SĐT 0912 508 374, mail a.b@gmail.com, STK Agribank 2606 2052 81473.";
        MaskedText masked = masker.mask(text);
        assertThat(masked.text()).isEqualTo("CCCD [CCCD], SĐT [SĐT], mail [EMAIL], STK Agribank [STK].");
        assertThat(masked.spans()).extracting(s -> s.in(text))
                .containsExactly("034065002981", "0912 508 374", "a.b@gmail.com", "2606 2052 81473");
    }

    @Test
    void splitsTwoPhonesWrittenSideBySide() {
        String text = "gọi 0912675340 0977403518 giúp em";
        assertThat(masker.find(text)).extracting(s -> s.in(text)).containsExactly("0912675340", "0977403518");
    }

    @Test
    void leavesTextWithoutPersonalDataUnchanged() {
        String text = "Đường trục xã ĐH.62 đoạn qua thôn Cao Xá có 3 ổ gà lớn.";
        assertThat(masker.mask(text).text()).isEqualTo(text);
        assertThat(masker.mask(text).spans()).isEmpty();
    }
}
