package vn.phananh.processor.topology;

import vn.phananh.avro.RawFeedback;
import vn.phananh.avro.StatusChange;

/** What the decoders hand to the feedback processor: a raw message, a staff action, or a rejection. */
sealed interface Inbound {

    record RawArrived(RawFeedback raw, SourceRecord source) implements Inbound {
    }

    record StatusArrived(StatusChange change, SourceRecord source) implements Inbound {
    }

    record Rejected(DeadLetter deadLetter) implements Inbound {
    }
}
