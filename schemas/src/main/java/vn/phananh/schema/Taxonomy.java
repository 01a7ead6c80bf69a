package vn.phananh.schema;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import vn.phananh.avro.Kind;
import vn.phananh.avro.Sentiment;
import vn.phananh.avro.Topic;

/**
 * The Vietnamese names staff and citizens see for the taxonomy's codes (../shared/docs/taxonomy.md):
 * one list for the processor's alerts and the search API's pages. Keyed by the Avro enums, so a new
 * code without a name fails {@code TaxonomyTest}, not a page.
 */
public final class Taxonomy {

    public static final Map<Topic, String> TOPICS = names(Map.ofEntries(
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

    public static final Map<Kind, String> KINDS = names(Map.of(
            Kind.COMPLAINT, "Phản ánh",
            Kind.REQUEST, "Kiến nghị, đề xuất",
            Kind.QUESTION, "Hỏi đáp",
            Kind.PRAISE, "Khen ngợi",
            Kind.DENUNCIATION, "Tố cáo",
            Kind.OTHER, "Khác"));

    public static final Map<Sentiment, String> SENTIMENTS = names(Map.of(
            Sentiment.NEGATIVE, "Tiêu cực",
            Sentiment.NEUTRAL, "Trung tính",
            Sentiment.POSITIVE, "Tích cực"));

    /** The name of a topic; "Khác" for none. */
    public static String topic(Topic topic) {
        return topic == null ? TOPICS.get(Topic.OTHER) : TOPICS.getOrDefault(topic, TOPICS.get(Topic.OTHER));
    }

    private static <E extends Enum<E>> Map<E, String> names(Map<E, String> names) {
        return Collections.unmodifiableMap(new EnumMap<>(names));
    }

    private Taxonomy() {
    }
}
