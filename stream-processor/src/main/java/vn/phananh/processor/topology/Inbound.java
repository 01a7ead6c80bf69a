package vn.phananh.processor.topology;

import vn.phananh.avro.ClusterAssignment;
import vn.phananh.avro.LabelCorrection;
import vn.phananh.avro.RawFeedback;
import vn.phananh.avro.StatusChange;

/** What the decoders hand to the feedback processor: a raw message, a staff action or correction, a replay, or a rejection. */
sealed interface Inbound {

    record RawArrived(RawFeedback raw, SourceRecord source) implements Inbound {
    }

    record StatusArrived(StatusChange change, SourceRecord source) implements Inbound {
    }

    record LabelsArrived(LabelCorrection correction, SourceRecord source) implements Inbound {
    }

    /** A raw message replayed by {@code ./pipeline reclassify}: classify again, change nothing else. */
    record ReclassifyArrived(RawFeedback raw, SourceRecord source) implements Inbound {
    }

    /** A citizen's rating of the answer. */
    record RatingArrived(vn.phananh.avro.Rating rating, SourceRecord source) implements Inbound {
    }

    /** The clusterer put the feedback in a near-duplicate cluster. */
    record ClusterArrived(ClusterAssignment assignment, SourceRecord source) implements Inbound {
    }

    record Rejected(DeadLetter deadLetter) implements Inbound {
    }
}
