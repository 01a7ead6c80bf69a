package vn.phananh.processor.topology;

import java.util.Arrays;

import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The changeIds already applied to each feedback, so a retried staff action is applied once.
 * Kept per feedback (a handful of actions each) rather than one entry per changeId, so the store
 * grows with the feedback, not with every action ever taken.
 */
final class AppliedChanges {

    private static final String SEPARATOR = "\n";
    private final KeyValueStore<String, String> store;

    AppliedChanges(KeyValueStore<String, String> store) {
        this.store = store;
    }

    /** Records the change; false when it had been applied already. */
    boolean markApplied(String feedbackId, String changeId) {
        String applied = store.get(feedbackId);
        if (applied != null && Arrays.asList(applied.split(SEPARATOR)).contains(changeId)) {
            return false;
        }
        store.put(feedbackId, applied == null ? changeId : applied + SEPARATOR + changeId);
        return true;
    }
}
