package vn.phananh.processor.trends;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import vn.phananh.avro.Alert;
import vn.phananh.avro.AlertType;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.Topic;
import vn.phananh.schema.FeedbackClock;
import vn.phananh.schema.Taxonomy;

/**
 * Builds alerts with stable ids (one condition, one id) and Vietnamese summaries. Summaries name
 * the unit, the topic, the place and the feedback id, never the text or the author: they are read
 * by people who may not see personal data.
 */
public final class Alerts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(FeedbackClock.UNIT_ZONE);

    /** An urgent feedback, raised as soon as it is taken in. */
    public static Alert urgent(EnrichedFeedback feedback, Instant raisedAt) {
        String place = feedback.getPlace() != null && feedback.getPlace().getName() != null
                ? " tại " + feedback.getPlace().getName() : "";
        return base("urgent:" + feedback.getFeedbackId(), AlertType.URGENT, feedback, raisedAt)
                .setSummary("Phản ánh khẩn cấp về " + Taxonomy.topic(topic(feedback)) + place
                        + " (mã " + feedback.getFeedbackId() + "), cần xử lý ngay trong ngày.")
                .build();
    }

    /** A feedback whose deadline passed without an answer; raisedAt is filled in when it fires. */
    public static Alert overdue(EnrichedFeedback feedback) {
        return base("overdue:" + feedback.getFeedbackId(), AlertType.OVERDUE, feedback, feedback.getDeadline())
                .setDeadline(feedback.getDeadline())
                .setSummary("Phản ánh mã " + feedback.getFeedbackId() + " về " + Taxonomy.topic(topic(feedback))
                        + " đã quá hạn trả lời (hạn " + TIME.format(feedback.getDeadline()) + ").")
                .build();
    }

    /** A unit × topic whose hourly count rose far above its recent baseline. */
    public static Alert spike(String unitCode, Topic topic, Instant windowStart, long count, double baseline,
            Instant raisedAt) {
        return Alert.newBuilder()
                .setAlertId("spike:" + unitCode + ":" + topic + ":" + windowStart)
                .setType(AlertType.SPIKE)
                .setUnitCode(unitCode)
                .setTopic(topic)
                .setWindowStart(windowStart)
                .setCount(count)
                .setBaseline(baseline)
                .setSummary(String.format(Locale.of("vi", "VN"),
                        "Phản ánh về %s tăng đột biến: %d phản ánh trong giờ từ %s, trung bình 24 giờ trước %.1f/giờ.",
                        Taxonomy.topic(topic), count, TIME.format(windowStart), baseline))
                .setRaisedAt(raisedAt)
                .build();
    }

    private static Alert.Builder base(String id, AlertType type, EnrichedFeedback feedback, Instant raisedAt) {
        return Alert.newBuilder()
                .setAlertId(id)
                .setType(type)
                .setUnitCode(feedback.getUnitCode())
                .setTopic(topic(feedback))
                .setFeedbackId(feedback.getFeedbackId())
                .setRaisedAt(raisedAt);
    }

    private static Topic topic(EnrichedFeedback feedback) {
        return feedback.getTopic().getTopic();
    }

    private Alerts() {
    }
}
