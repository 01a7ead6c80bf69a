package vn.phananh.ingest.publishing;

import vn.phananh.avro.ChannelEvent;
import vn.phananh.avro.RawFeedback;

/** What a channel mapper made of one item of a request, before anything is produced. */
public sealed interface Intake {

    /**
     * Citizen feedback to store. {@code callerKeyed} marks ids chosen by the caller (desk
     * Idempotency-Key, API message id): reusing one for different content is a conflict, whereas
     * a webhook's later delivery with new content is an edit.
     */
    record Feedback(RawFeedback value, boolean callerKeyed) implements Intake {
    }

    /** A channel event that is not feedback, kept on the channel-events topic. */
    record Event(ChannelEvent value) implements Intake {
    }

    /** Tolerated and counted but not stored: the page's own activity, echoes, reactions, unknown kinds. */
    record Skipped(String reason) implements Intake {
    }

    /** Refused: counted with its reason and reported to the caller; {@code detail} holds no content. */
    record Rejected(String reason, String detail) implements Intake {
    }
}
