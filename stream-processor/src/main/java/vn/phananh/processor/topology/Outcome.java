package vn.phananh.processor.topology;

import vn.phananh.avro.Alert;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.OutboundMessage;

/** What the feedback processor emits; the topology splits it into the output topics. */
sealed interface Outcome {

    record Changed(EnrichedFeedback feedback) implements Outcome {
    }

    record Raised(Alert alert) implements Outcome {
    }

    record DeadLettered(DeadLetter deadLetter) implements Outcome {
    }

    /** Something to tell the citizen on their channel, for the outbox. */
    record Outbound(OutboundMessage message) implements Outcome {
    }
}
