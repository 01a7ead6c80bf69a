package vn.phananh.processor.trends;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.schema.FeedbackClock;

/**
 * Counts a feedback in the hour and day the citizen sent it ({@link FeedbackClock#openedAt}), not
 * the moment the channel delivered it, so a backlog delivered at once does not look like a spike.
 * Messages later than the windows' grace are left out of the live counts (the search index still
 * has them).
 */
final class OpenedAtTime implements FixedKeyProcessor<String, EnrichedFeedback, EnrichedFeedback> {

    private FixedKeyProcessorContext<String, EnrichedFeedback> context;

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedFeedback> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, EnrichedFeedback> record) {
        EnrichedFeedback f = record.value();
        var opened = FeedbackClock.openedAt(f.getOccurredAt(), f.getReceivedAt());
        context.forward(opened == null ? record : record.withTimestamp(opened.toEpochMilli()));
    }
}
