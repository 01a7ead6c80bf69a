package vn.phananh.processor.trends;

import java.util.EnumMap;
import java.util.Map;

import vn.phananh.avro.Topic;

/** The Vietnamese names staff see for each topic (docs/taxonomy.md). */
final class TopicNames {

    private static final Map<Topic, String> NAMES = new EnumMap<>(Map.ofEntries(
            Map.entry(Topic.INFRASTRUCTURE, "Hạ tầng, giao thông"),
            Map.entry(Topic.ENVIRONMENT, "Môi trường"),
            Map.entry(Topic.UTILITIES, "Điện, nước"),
            Map.entry(Topic.LAND_CONSTRUCTION, "Đất đai, xây dựng"),
            Map.entry(Topic.SECURITY_ORDER, "An ninh, trật tự"),
            Map.entry(Topic.ADMIN_PROCEDURE, "Thủ tục hành chính"),
            Map.entry(Topic.OFFICIAL_CONDUCT, "Thái độ, tác phong cán bộ"),
            Map.entry(Topic.SOCIAL_WELFARE, "Chính sách xã hội"),
            Map.entry(Topic.HEALTH, "Y tế"),
            Map.entry(Topic.EDUCATION, "Giáo dục"),
            Map.entry(Topic.AGRICULTURE, "Nông nghiệp"),
            Map.entry(Topic.BUSINESS, "Doanh nghiệp, kinh doanh"),
            Map.entry(Topic.CULTURE_INFO, "Văn hóa, thông tin"),
            Map.entry(Topic.OTHER, "Khác")));

    static String of(Topic topic) {
        return NAMES.getOrDefault(topic, "Khác");
    }

    private TopicNames() {
    }
}
