package vn.phananh.schema;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * When a citizen's message counts as received by the unit: the moment the author sent it by the
 * channel's clock, when that lies in the plausible past, otherwise the moment the ingest service
 * accepted it. A Facebook webhook retried for a day, a letter the desk records a week later, or a
 * backlog pushed through the integration API must not buy the unit extra days, so deadlines,
 * trends and time-to-answer all start from this one instant.
 */
public final class FeedbackClock {

    /**
     * The time zone of every unit's clock: working days and deadlines, daily trend windows, the
     * dates staff see and type. Vietnam keeps one zone and no daylight saving.
     */
    public static final ZoneId UNIT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A channel clock this far ahead of ours is treated as skew, not as a future message. */
    public static final Duration MAX_SKEW = Duration.ofMinutes(5);
    /** Older channel times than this are implausible for an open case; the intake time is used. */
    public static final Duration MAX_BACKDATE = Duration.ofDays(90);

    /** The instant the unit's clock starts for a message sent at {@code occurredAt}, accepted at {@code receivedAt}. */
    public static Instant openedAt(Instant occurredAt, Instant receivedAt) {
        if (occurredAt == null || receivedAt == null) {
            return receivedAt;
        }
        if (occurredAt.isAfter(receivedAt)) {
            return receivedAt; // skew within MAX_SKEW or beyond it: never later than we saw it
        }
        return occurredAt.isBefore(receivedAt.minus(MAX_BACKDATE)) ? receivedAt : occurredAt;
    }

    private FeedbackClock() {
    }
}
