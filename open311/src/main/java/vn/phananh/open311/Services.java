package vn.phananh.open311;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.phananh.avro.Topic;

/**
 * The GeoReport service list: one service per topic of the taxonomy (docs/taxonomy.md), its code
 * the topic's stable code, its name the Vietnamese one staff see. Every service is
 * {@code realtime} (the answer to a POST carries the request's id) and has no extra attributes.
 */
public final class Services {

    /** One service: a topic with what a citizen reads when choosing it. */
    public record Service(Topic topic, String name, String description, String keywords, String group) {

        public String code() {
            return topic.name();
        }

        public Element element() {
            return Element.named("service").field("service_code", code()).field("service_name", name)
                    .field("description", description).field("metadata", false).field("type", "realtime")
                    .field("keywords", keywords).field("group", group).build();
        }

        /** The service definition: the code and no attributes, since no service asks for more than the request. */
        public Element definition() {
            return Element.named("service_definition").field("service_code", code())
                    .field("attributes", new Element.Items("attribute", List.of())).build();
        }
    }

    private static final String INFRASTRUCTURE = "ha-tang-moi-truong";
    private static final List<Service> ALL = List.of(
            new Service(Topic.INFRASTRUCTURE, "Hạ tầng, giao thông",
                    "Đường, cầu, ổ gà, thoát nước, ngập đường, đèn đường, công trình công cộng, an toàn giao thông.",
                    "đường, cầu, ổ gà, cống, ngập, đèn đường, giao thông", INFRASTRUCTURE),
            new Service(Topic.ENVIRONMENT, "Môi trường",
                    "Thu gom rác, chất thải, đốt rơm rác, ô nhiễm không khí, nước, tiếng ồn, xác động vật, vệ sinh.",
                    "rác, vệ sinh, ô nhiễm, đốt rơm, tiếng ồn", INFRASTRUCTURE),
            new Service(Topic.UTILITIES, "Điện, nước",
                    "Điện sinh hoạt, mất điện, dây điện nguy hiểm, cấp nước sạch, chất lượng nước.",
                    "điện, mất điện, dây điện, nước sạch", INFRASTRUCTURE),
            new Service(Topic.LAND_CONSTRUCTION, "Đất đai, xây dựng",
                    "Giấy chứng nhận quyền sử dụng đất, lấn chiếm, xây dựng trái phép, ranh giới, giải phóng mặt bằng, bồi thường.",
                    "đất, sổ đỏ, lấn chiếm, xây dựng trái phép, giải phóng mặt bằng", INFRASTRUCTURE),
            new Service(Topic.SECURITY_ORDER, "An ninh, trật tự",
                    "Trộm cắp, đánh nhau, cờ bạc, ma túy, karaoke khuya, đỗ xe trên vỉa hè, trật tự công cộng.",
                    "trộm, cờ bạc, ma túy, karaoke, vỉa hè", "an-ninh-trat-tu"),
            new Service(Topic.ADMIN_PROCEDURE, "Thủ tục hành chính",
                    "Bộ phận một cửa, giấy tờ, hộ tịch, cư trú, chứng thực, thời gian giải quyết, dịch vụ công trực tuyến.",
                    "một cửa, hộ tịch, cư trú, chứng thực, dịch vụ công", "hanh-chinh"),
            new Service(Topic.OFFICIAL_CONDUCT, "Thái độ, tác phong cán bộ",
                    "Thái độ, gây khó dễ, đòi tiền, cán bộ chậm trễ hoặc vắng mặt, khen ngợi cán bộ.",
                    "cán bộ, thái độ, nhũng nhiễu, khen ngợi", "hanh-chinh"),
            new Service(Topic.SOCIAL_WELFARE, "Chính sách xã hội",
                    "Hộ nghèo, trợ cấp, người có công, người cao tuổi, người khuyết tật, bảo hiểm xã hội, bảo hiểm y tế.",
                    "hộ nghèo, trợ cấp, người có công, bảo hiểm", "xa-hoi"),
            new Service(Topic.HEALTH, "Y tế",
                    "Trạm y tế xã, dịch bệnh, tiêm chủng, an toàn thực phẩm.",
                    "trạm y tế, dịch bệnh, tiêm chủng, thực phẩm", "xa-hoi"),
            new Service(Topic.EDUCATION, "Giáo dục",
                    "Trường học, mầm non, học phí, an toàn trường học.",
                    "trường học, mầm non, học phí", "xa-hoi"),
            new Service(Topic.AGRICULTURE, "Nông nghiệp",
                    "Thủy lợi, cây trồng, dịch bệnh vật nuôi, hỗ trợ nông nghiệp.",
                    "thủy lợi, cây trồng, vật nuôi, dịch bệnh", "kinh-te"),
            new Service(Topic.BUSINESS, "Doanh nghiệp, kinh doanh",
                    "Đăng ký kinh doanh, hộ kinh doanh, chợ, thuế và phí, hỗ trợ đầu tư.",
                    "kinh doanh, chợ, thuế, phí", "kinh-te"),
            new Service(Topic.CULTURE_INFO, "Văn hóa, thông tin",
                    "Hệ thống loa truyền thanh, lễ hội, nhà văn hóa, thông tin công cộng, hương ước.",
                    "loa, lễ hội, nhà văn hóa, hương ước", "xa-hoi"),
            new Service(Topic.OTHER, "Khác", "Những phản ánh, kiến nghị không thuộc lĩnh vực nào ở trên.",
                    "khác", "khac"));

    public static List<Service> all() {
        return ALL;
    }

    /** The service of a code exactly as listed (the codes are upper case). */
    public static Optional<Service> find(String code) {
        return ALL.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The service of a topic code as the index stores it; {@code OTHER} for one the taxonomy no longer has. */
    public static Service ofTopic(String topic) {
        return find(topic).orElseGet(() -> find(Topic.OTHER.name()).orElseThrow());
    }

    /** Whether every topic has its service: checked by the tests, so a new topic cannot be forgotten here. */
    static boolean coversEveryTopic() {
        return Arrays.stream(Topic.values()).allMatch(t -> find(t.name()).isPresent()) && ALL.size() == Topic.values().length;
    }

    private Services() {
    }
}
