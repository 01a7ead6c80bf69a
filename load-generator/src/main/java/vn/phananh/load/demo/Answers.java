package vn.phananh.load.demo;

import java.util.Map;

import vn.phananh.load.channel.Channels;

/**
 * Short official answers a commune or ward office gives, by topic, and the department a topic
 * is assigned to. Written as the unit's People's Committee speaks to a citizen.
 */
final class Answers {

    private static final Map<String, String> BY_TOPIC = Map.ofEntries(
            Map.entry("INFRASTRUCTURE", "%s đã cử cán bộ giao thông – thủy lợi kiểm tra hiện trường và bố trí sửa chữa "
                    + "trong tuần này. Cảm ơn ông/bà đã phản ánh."),
            Map.entry("ENVIRONMENT", "%s đã yêu cầu tổ vệ sinh môi trường thu gom, xử lý và nhắc nhở các hộ liên quan; "
                    + "trường hợp tái phạm sẽ xử phạt theo quy định."),
            Map.entry("UTILITIES", "%s đã đề nghị đơn vị cấp điện, nước kiểm tra và khắc phục; ông/bà có thể gọi tổng "
                    + "đài chăm sóc khách hàng để được báo lịch cụ thể."),
            Map.entry("LAND_CONSTRUCTION", "%s đã giao công chức địa chính – xây dựng kiểm tra hồ sơ, hiện trạng và sẽ "
                    + "trả lời bằng văn bản theo quy định của pháp luật đất đai."),
            Map.entry("SECURITY_ORDER", "%s đã chỉ đạo Công an kiểm tra, xử lý; đề nghị người dân tiếp tục phối hợp cung "
                    + "cấp thông tin cho Công an."),
            Map.entry("ADMIN_PROCEDURE", "Về thủ tục ông/bà hỏi, đề nghị liên hệ Bộ phận một cửa %s trong giờ hành chính; "
                    + "hồ sơ cũng có thể nộp trực tuyến trên Cổng dịch vụ công quốc gia."),
            Map.entry("OFFICIAL_CONDUCT", "%s đã tiếp nhận ý kiến, kiểm tra và chấn chỉnh tác phong của cán bộ liên quan. "
                    + "Cảm ơn ông/bà đã góp ý."),
            Map.entry("SOCIAL_WELFARE", "%s đã giao công chức văn hóa – xã hội rà soát hồ sơ chính sách của gia đình và sẽ "
                    + "thông báo kết quả."),
            Map.entry("HEALTH", "Trạm Y tế đã được %s giao kiểm tra, hướng dẫn; người dân cần hỗ trợ liên hệ trạm trong "
                    + "giờ làm việc."),
            Map.entry("EDUCATION", "%s đã trao đổi với nhà trường để kiểm tra và trả lời phụ huynh trong tuần."),
            Map.entry("AGRICULTURE", "%s đã giao cán bộ khuyến nông kiểm tra đồng ruộng, hướng dẫn bà con biện pháp xử lý."),
            Map.entry("BUSINESS", "%s đã hướng dẫn thủ tục và đề nghị Ban quản lý chợ, đội thuế kiểm tra các khoản thu."),
            Map.entry("CULTURE_INFO", "%s cảm ơn ý kiến của ông/bà; thông tin đã được đăng trên trang và phát trên loa "
                    + "truyền thanh."));

    private static final Map<String, String> DEPARTMENT = Map.ofEntries(
            Map.entry("INFRASTRUCTURE", "giao-thong-thuy-loi"), Map.entry("ENVIRONMENT", "dia-chinh-moi-truong"),
            Map.entry("UTILITIES", "giao-thong-thuy-loi"), Map.entry("LAND_CONSTRUCTION", "dia-chinh-xay-dung"),
            Map.entry("SECURITY_ORDER", "cong-an"), Map.entry("ADMIN_PROCEDURE", "tu-phap-ho-tich"),
            Map.entry("OFFICIAL_CONDUCT", "van-phong-thong-ke"), Map.entry("SOCIAL_WELFARE", "van-hoa-xa-hoi"),
            Map.entry("HEALTH", "tram-y-te"), Map.entry("EDUCATION", "van-hoa-xa-hoi"),
            Map.entry("AGRICULTURE", "khuyen-nong"), Map.entry("BUSINESS", "tai-chinh-ke-toan"),
            Map.entry("CULTURE_INFO", "van-hoa-xa-hoi"));

    /** The official answer for a feedback of this topic and kind in this unit. */
    static String answer(String unitCode, String topic, String kind) {
        String committee = committee(unitCode);
        if ("PRAISE".equals(kind)) {
            return committee + " trân trọng cảm ơn ý kiến động viên của ông/bà và sẽ tiếp tục cải thiện chất lượng phục vụ.";
        }
        String template = BY_TOPIC.getOrDefault(topic, "%s đã tiếp nhận và giao bộ phận chuyên môn xem xét, "
                + "trả lời ông/bà theo quy định.");
        return String.format(template, committee);
    }

    static String department(String topic) {
        return DEPARTMENT.getOrDefault(topic, "van-phong-thong-ke");
    }

    static String committee(String unitCode) {
        return Channels.PHUONG_THACH_THANG.equals(unitCode) ? "UBND phường Thạch Thang" : "UBND xã Hùng Cường";
    }

    private Answers() {
    }
}
