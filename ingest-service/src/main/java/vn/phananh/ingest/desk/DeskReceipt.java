package vn.phananh.ingest.desk;

import vn.phananh.ingest.publishing.ItemOutcome;

/**
 * The answer to a desk submission: the feedback id, the tracking code to give the visitor (they look
 * the feedback up with it on /tra-cuu), and whether it was a replay.
 */
record DeskReceipt(String feedbackId, String trackingCode, ItemOutcome.Status status) {
}
