package vn.phananh.search.actions;

import java.time.Instant;

/** The answer to an action: it was recorded and will show in the feedback once processed. */
record ActionAccepted(String changeId, String feedbackId, String action, Instant at) {
}
