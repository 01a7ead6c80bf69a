package vn.phananh.processor.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import vn.phananh.avro.Alert;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.processor.trends.Alerts;

/**
 * The deadlines still owed an answer, keyed by zero-padded deadline then feedback id, so that the
 * due ones are one ordered range scan up to stream time instead of a scan of every open feedback.
 * The value is the overdue alert, prepared while the feedback is at hand.
 */
final class OpenDeadlines {

    private final KeyValueStore<String, Alert> store;

    OpenDeadlines(KeyValueStore<String, Alert> store) {
        this.store = store;
    }

    void watch(EnrichedFeedback feedback) {
        store.put(key(feedback.getDeadline(), feedback.getFeedbackId()), Alerts.overdue(feedback));
    }

    void forget(EnrichedFeedback feedback) {
        if (feedback.getDeadline() != null) {
            store.delete(key(feedback.getDeadline(), feedback.getFeedbackId()));
        }
    }

    /** Removes and returns the alerts of every deadline at or before {@code now}. */
    List<Alert> takeDue(Instant now) {
        List<KeyValue<String, Alert>> due = new ArrayList<>();
        // '~' sorts after every character of a feedback id, so the bound includes deadlines equal to now.
        try (KeyValueIterator<String, Alert> it = store.range(null, prefix(now) + '~')) {
            it.forEachRemaining(due::add);
        }
        due.forEach(entry -> store.delete(entry.key));
        return due.stream().map(entry -> entry.value).toList();
    }

    private static String key(Instant deadline, String feedbackId) {
        return prefix(deadline) + feedbackId;
    }

    private static String prefix(Instant at) {
        return String.format("%019d|", at.toEpochMilli());
    }
}
