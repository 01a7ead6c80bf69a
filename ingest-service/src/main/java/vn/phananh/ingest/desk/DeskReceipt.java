package vn.phananh.ingest.desk;

import vn.phananh.ingest.publishing.ItemOutcome;

/** The answer to a desk submission: the feedback id to give the visitor, and whether it was a replay. */
record DeskReceipt(String feedbackId, ItemOutcome.Status status) {
}
