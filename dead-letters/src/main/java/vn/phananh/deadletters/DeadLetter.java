package vn.phananh.deadletters;

import java.time.Instant;

import vn.phananh.schema.DeadLetterHeaders;
import vn.phananh.schema.Topics;

/**
 * One record of the dead-letter topic: where it sits there, when it was written, the original key
 * and bytes, and what its headers say (where it came from, at which stage it failed, why, and the
 * dead letter it is a failed replay of, if it is one).
 */
record DeadLetter(int partition, long offset, Instant writtenAt, byte[] key, byte[] value, DeadLetterHeaders headers,
        String replayOf) {

    /** {@code feedback.dlq.v1-0@17}: how the ledger, the listing and a replayed record name it. */
    String coordinates() {
        return coordinates(partition, offset);
    }

    static String coordinates(int partition, long offset) {
        return Topics.DLQ_NAME + "-" + partition + "@" + offset;
    }

    /** The stage, or "?" for a record whose headers do not say. */
    String stage() {
        return headers.stage() == null ? "?" : headers.stage();
    }
}
