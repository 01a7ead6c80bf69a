package vn.phananh.ingest.publishing;

import java.time.Instant;

import vn.phananh.avro.Channel;
import vn.phananh.avro.ChannelEvent;
import vn.phananh.avro.RawFeedback;
import vn.phananh.schema.RatingReplies;

/** What a channel mapper made of one item of a request, before anything is produced. */
public sealed interface Intake {

    /**
     * Citizen feedback to store. {@code callerKeyed} marks ids chosen by the caller (desk
     * Idempotency-Key, API message id): reusing one for different content is a conflict, whereas
     * a webhook's later delivery with new content is an edit.
     */
    record Feedback(RawFeedback value, boolean callerKeyed) implements Intake {
    }

    /**
     * A tap on a rating button sent with an answer ({@link RatingReplies}): the citizen's rating of
     * the feedback it names, stored on the ratings topic once its tracking code proves the pair.
     * {@code externalId} is the platform's id of the tap, so a redelivery is the same rating.
     */
    record Rated(RatingReplies.Reply reply, Channel channel, String sourceAccount, String unitCode, String externalId,
            Instant at) implements Intake {
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
