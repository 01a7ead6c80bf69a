package vn.phananh.processor.trends;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.Kind;
import vn.phananh.avro.Sentiment;
import vn.phananh.avro.TrendInterval;
import vn.phananh.avro.TrendPoint;
import org.apache.kafka.streams.kstream.Windowed;

/**
 * The aggregate of a trend window. The TrendPoint itself is the aggregate (its Avro serde is the
 * store's), with the window bounds filled in only when it leaves the store.
 */
final class TrendCounts {

    static TrendPoint empty() {
        return TrendPoint.newBuilder()
                .setUnitCode("")
                .setWindowStart(java.time.Instant.EPOCH)
                .setWindowEnd(java.time.Instant.EPOCH)
                .build();
    }

    /** One feedback as counts: what crosses the repartition topic instead of the whole feedback. */
    static TrendPoint increment(EnrichedFeedback feedback) {
        return TrendPoint.newBuilder(empty())
                .setUnitCode(feedback.getUnitCode())
                .setTopic(feedback.getTopic().getTopic())
                .setCount(1)
                .setComplaintCount(feedback.getKind() == Kind.COMPLAINT ? 1 : 0)
                .setNegativeCount(feedback.getSentiment() == Sentiment.NEGATIVE ? 1 : 0)
                .setUrgentCount(feedback.getUrgent() ? 1 : 0)
                .build();
    }

    static TrendPoint add(TrendPoint increment, TrendPoint counts) {
        return TrendPoint.newBuilder(counts)
                .setUnitCode(increment.getUnitCode())
                .setTopic(increment.getTopic())
                .setCount(counts.getCount() + increment.getCount())
                .setComplaintCount(counts.getComplaintCount() + increment.getComplaintCount())
                .setNegativeCount(counts.getNegativeCount() + increment.getNegativeCount())
                .setUrgentCount(counts.getUrgentCount() + increment.getUrgentCount())
                .build();
    }

    static TrendPoint point(Windowed<String> window, TrendPoint counts, TrendInterval interval) {
        return TrendPoint.newBuilder(counts)
                .setInterval(interval)
                .setWindowStart(window.window().startTime())
                .setWindowEnd(window.window().endTime())
                .build();
    }

    /** unitCode/topic/interval/windowStart: one key per window. */
    static String key(TrendPoint point) {
        return point.getUnitCode() + "/" + point.getTopic() + "/" + point.getInterval() + "/" + point.getWindowStart();
    }

    /** The grouping key of a unit × topic. */
    static String group(EnrichedFeedback feedback) {
        return feedback.getUnitCode() + "/" + feedback.getTopic().getTopic();
    }

    private TrendCounts() {
    }
}
