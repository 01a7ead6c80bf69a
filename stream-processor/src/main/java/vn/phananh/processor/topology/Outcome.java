package vn.phananh.processor.topology;

import vn.phananh.avro.Alert;
import vn.phananh.avro.EnrichedFeedback;

/** What the feedback processor emits; the topology splits it into the three output topics. */
sealed interface Outcome {

    record Changed(EnrichedFeedback feedback) implements Outcome {
    }

    record Raised(Alert alert) implements Outcome {
    }

    record DeadLettered(DeadLetter deadLetter) implements Outcome {
    }
}
