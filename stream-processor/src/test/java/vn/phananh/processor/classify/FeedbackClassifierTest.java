package vn.phananh.processor.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.phananh.avro.Kind;
import vn.phananh.avro.Topic;

class FeedbackClassifierTest {

    private static final FeedbackClassifier CLASSIFIER = new FeedbackClassifier(ClassifierModels.fromClasspath());

    private static Classification classify(String raw) {
        return CLASSIFIER.classify(ClassifierTrainer.prepare(raw));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Cây xà cừ bật gốc đổ chắn ngang đường vào xóm Trại sáng nay, xe không qua được",
        "Nhà ông Tâm ở thôn Đoài đang cháy to, mọi người gọi cứu hỏa gấp",
        "Vừa có tai nạn ở ngã ba đường trục xã, một người bị thương nằm dưới đường",
    })
    void anAcuteDangerHappeningNowIsUrgent(String text) {
        assertThat(classify(text).urgent()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Dây điện trung thế đứt rơi xuống đường trước cổng chợ, đang tóe lửa, mọi người tránh xa",
        "Nước sông lên nhanh quá, tràn vào nhà mấy hộ ven đê rồi, xã cho người xuống giúp với",
        "Chân đê phía đồng sau làng có chỗ nước sủi lên đục ngầu, đất quanh đó lún, báo xã ngay",
        "Nhà tôi đào móng phát hiện một quả đạn pháo còn nguyên, đã rào lại, đề nghị báo công an",
        "Cả nhà hàng xóm ăn nấm hái trên đồi xong bị nôn ói, đau bụng dữ dội, đang chở đi trạm y tế",
        "Con chó lạ nghi dại vừa cắn hai cháu học sinh ở đầu thôn, giờ nó vẫn chạy ngoài đường",
        "Hai nhóm thanh niên đang cầm dao đánh nhau ở bãi đất trống cạnh nhà văn hóa, gọi công an gấp",
        "Khu nhà trọ có mùi gas nồng nặc, nghi rò rỉ khí gas, mọi người đã sơ tán ra ngoài",
        "duong vao thon bi sat lo mot doan lon sau tran mua dem qua, xe may van dang di qua rat nguy hiem",
    })
    void namedDangersHappeningNowAreUrgent(String text) {
        Classification c = classify(text);
        assertThat(c.urgent()).isTrue();
        assertThat(c.urgentReason()).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Ổ gà trên đường liên thôn có từ năm ngoái, đã nhiều lần có người ngã, đề nghị xã sửa",
        "Cầu tạm qua kênh đã xuống cấp nhiều năm nay, mong xã đưa vào kế hoạch làm cầu mới",
        "Vụ cháy nhà kho đêm qua đã được dập tắt, gia đình xin xã xác nhận thiệt hại để được hỗ trợ",
        "Thôn em mùa mưa nào đường cũng ngập, năm nào cũng kiến nghị mà chưa thấy làm mương thoát nước",
        "Trong thôn có mấy ca sốt xuất huyết, đề nghị trạm y tế phun thuốc diệt muỗi",
        "Dịch tả lợn châu Phi xuất hiện ở xóm bên, xin hỏi hộ chăn nuôi cần làm gì để phòng",
        "Dây điện hạ thế trước nhà võng thấp từ mấy tháng nay, báo điện lực nhiều lần rồi",
    })
    void chronicPastAndEpidemicFramingsAreNotUrgent(String text) {
        assertThat(classify(text).urgent()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Lan can cầu bị gãy từ hai tháng nay mà chưa thấy ai sửa",
        "Đêm qua nhà bác Hòa bị cháy rụi, đã được dập tắt, xin xã hỗ trợ gia đình",
        "Người cao tuổi ở thôn em chưa được nhận quà Tết",
        "truong mam non co nhan tre 18 thang khong a",
    })
    void chronicPastOrHarmlessIsNotUrgent(String text) {
        assertThat(classify(text).urgent()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "nha cai uy tin so 1, nap 100k tang 200k, dang ky ngay link o bio",
        "🔥NHẬN LÀM SỔ ĐỎ NHANH, KHÔNG CẦN GIẤY TỜ, TRỌN GÓI. LH/ZALO 0909 817 356",
    })
    void spamIsOtherWhateverItsKeywords(String text) {
        Classification c = classify(text);
        assertThat(c.spam()).isTrue();
        assertThat(c.topic().label()).isEqualTo(Topic.OTHER);
        assertThat(c.kind().label()).isEqualTo(Kind.OTHER);
        assertThat(c.urgent()).isFalse();
    }

    @Test
    void aCitizenReportIsNotSpam() {
        assertThat(classify("Xin hỏi thủ tục cấp lại sổ đỏ bị mất cần những giấy tờ gì ạ?").spam()).isFalse();
    }

    @Test
    void topicLexiconFindsDomainPhrasesInEitherSpelling() {
        assertThat(TopicLexicon.of("Gia đình tôi chưa được cấp sổ đỏ")).contains("LAND_CONSTRUCTION");
        assertThat(TopicLexicon.of("gia dinh toi chua duoc cap so do")).contains("LAND_CONSTRUCTION");
        assertThat(TopicLexicon.of("Học phí năm nay tăng")).contains("EDUCATION");
        assertThat(TopicLexicon.of("Lịch tiêm chủng tháng này")).contains("HEALTH");
    }

    @Test
    void aBareSyllableIsNotReadAsItsAccentedLookAlike() {
        // "cho" is "cho" (give) as often as "chợ", "lon" is "lớn" as often as "lợn".
        assertThat(TopicLexicon.of("xin cho em hoi nha lon")).doesNotContain("BUSINESS", "AGRICULTURE");
        // "cao" is not "cào", "non" is not "nôn".
        assertThat(Cues.of("Người cao tuổi đi khám")).doesNotContain("bite");
        assertThat(Cues.of("truong mam non co nhan tre khong")).doesNotContain("poison");
    }
}
