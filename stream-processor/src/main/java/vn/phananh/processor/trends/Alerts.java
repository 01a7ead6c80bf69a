package vn.phananh.processor.trends;

import java.time.Instant;
import java.util.Locale;

import vn.phananh.avro.Alert;
import vn.phananh.avro.AlertType;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.Topic;

/**
 * Builds alerts with stable ids (one condition, one id) that carry codes and figures: type, unit,
 * topic, feedback id, place, counts and times. The pages word them for people (in Vietnamese, in
 * the units' time); the summary restates the figures plainly for logs and tools. Never the text or
 * the author: alerts are read by people who may not see personal data.
 */
public final class Alerts {

    /** An urgent feedback, raised as soon as it is taken in. */
    public static Alert urgent(EnrichedFeedback feedback, Instant raisedAt) {
        return base("urgent:" + feedback.getFeedbackId(), AlertType.URGENT, feedback, raisedAt)
                .setSummary("URGENT " + topic(feedback) + " feedback " + feedback.getFeedbackId() + place(feedback))
                .build();
    }

    /** A feedback whose deadline passed without an answer; raisedAt is filled in when it fires. */
    public static Alert overdue(EnrichedFeedback feedback) {
        return base("overdue:" + feedback.getFeedbackId(), AlertType.OVERDUE, feedback, feedback.getDeadline())
                .setDeadline(feedback.getDeadline())
                .setSummary("OVERDUE " + topic(feedback) + " feedback " + feedback.getFeedbackId() + place(feedback)
                        + ", deadline " + feedback.getDeadline())
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
                .setSummary(String.format(Locale.ROOT, "SPIKE %s in %s: %d in the hour from %s, baseline %.1f an hour",
                        topic, unitCode, count, windowStart, baseline))
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
                .setPlaceName(placeName(feedback))
                .setRaisedAt(raisedAt);
    }

    private static String placeName(EnrichedFeedback feedback) {
        return feedback.getPlace() == null ? null : feedback.getPlace().getName();
    }

    private static String place(EnrichedFeedback feedback) {
        String name = placeName(feedback);
        return name == null ? "" : " at " + name;
    }

    private static Topic topic(EnrichedFeedback feedback) {
        return feedback.getTopic().getTopic();
    }

    private Alerts() {
    }
}
