package vn.phananh.processor.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocatorTest {

    private static final Locator LOCATOR = new Locator(Gazetteer.fromClasspath("/gazetteer/xa-hung-cuong.gazetteer.json"));

    private static Optional<String> idOf(String text) {
        return LOCATOR.locate(text).map(Location::id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mất điện cả thôn Đông Tiến từ sáng               | thon-dong-tien
            mat dien ca thon dong tien tu sang               | thon-dong-tien
            MẤT ĐIỆN Ở TH. ĐÔNG TIẾN                         | thon-dong-tien
            rác ở th.Đoài không ai thu                       | thon-doai
            dây điện võng ở x. Trại                          | xom-trai
            cong to chay o cot dau ngo TDP1                  | tdp-1
            ngập ở tổ 3 rồi                                  | tdp-3
            Tổ dân phố số 2 mất nước                         | tdp-2
            cổng chợ Cường bán hàng lấn đường                | cho-cuong
            rac thai o chan de doan qua Ha Lac               | thon-ha-lac
            đoạn trước cổng trường cấp 2 ổ gà to             | truong-thcs
            Mặt đê chỗ xóm Bãi bị sụt một mảng               | xom-bai
            đê bị thẩm lậu                                   | de-song-hong
            ổ gà trên ĐH.62 ngay đầu dốc                     | duong-truc-xa
            lúa ở đồng Tân Hưng bị sâu                       | thon-tan-hung
            truong MN Hung Cuong co nhan tre khong a         | truong-mam-non
            Ông Đặng Văn Tuyến, thôn Hạ Lạc, kiến nghị làm gờ giảm tốc trước cổng trạm y tế | tram-y-te
            Cử tri Đỗ Văn Quyết (thôn Tân Hưng) kiến nghị lắp đèn ở hai đầu cầu Kênh Tây     | cau-kenh-tay
            """)
    void findsPlacesWhateverTheSpelling(String text, String id) {
        assertThat(idOf(text)).contains(id);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Em đi đóng tiền điện mà không ai thu",
        "xin cho xã biết lịch tiêm",
        "de nghi xa xem xet giup",
        "UBND xã Hùng Cường trả lời chậm",
        "Trường mầm non Hoa Sen, phường Phú Lợi có 9 cháu mắc tay chân miệng",
        "Kính gửi UBND phường Bình Hưng Hòa. Tôi đã phản ánh lên tổ dân phố 2 lần",
        "Hơn 200 học sinh Trường THCS xã Sơn Hà học phòng tạm",
        "lấn chiếm hành lang đê điều",
        "thôn em đường xấu lắm",
        "đi khám ở bệnh viện tỉnh",
    })
    void ignoresLookAlikesTheCommuneAndPlacesElsewhere(String text) {
        assertThat(idOf(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dây điện ở đầu thôn Hạ Lạc đang tóe lửa          | thôn Hạ Lạc
            cay do chan het duong vao thon Doai roi          | thon Doai
            """)
    void reportsTheWordsAsTyped(String text, String typed) {
        assertThat(LOCATOR.locate(text)).get().extracting(Location::matchedText).isEqualTo(typed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            mất điện ở thôn Thượng Cug từ sáng               | thon-thuong-cung
            rac o thon Dong Tein khong ai thu                | thon-dong-tien
            lúa ở đồng Thượng Cunng bị sâu                   | thon-thuong-cung
            nuoc ngap het duong vao thon Phu Cuog            | thon-phu-cuong
            mat nuoc o lang Dong Tienn                       | thon-dong-tien
            """)
    void forgivesOneSlipInALongerNameAfterAPlaceWord(String text, String id) {
        assertThat(idOf(text)).contains(id);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Em đi đóng tiền điện mà không ai thu",
        "thôn đóng tiền điện cho xã rồi",
        "xin cho xã biết lịch tiêm",
        "mat dien o Thuong Cug",
        "mất điện ở thôn Thượng Cúng",
        "ổ gà ở tổ Nam Sonn",
        "lúa ở đồng Thuợng Cung bị sâu",
        "ở thôn Đông Tân có ổ dịch",
        "ở thôn Cao Xả bên kia sông",
    })
    void doesNotTakeLookAlikesForTypos(String text) {
        assertThat(idOf(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void countsAnAdjacentSwapAsOneSlipButNotTwoSlips() {
        assertThat(idOf("mat dien o thon Thuong Cnug tu sang")).contains("thon-thuong-cung");
        assertThat(idOf("mat dien o thon Thuong Cnig tu sang")).isEmpty();
    }
}
