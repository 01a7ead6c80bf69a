package vn.phananh.ingest.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.phananh.avro.Author;
import vn.phananh.avro.ChangeType;
import vn.phananh.avro.Channel;
import vn.phananh.avro.RawFeedback;
import vn.phananh.schema.FeedbackIds;

/** Starting points for {@link RawFeedback} records, with the stable id and every optional field set. */
public final class RawFeedbacks {

    /**
     * A builder with id, unit, channel, account and receive time filled in and every other field
     * at its empty value; the caller sets the author and what the message says.
     */
    public static RawFeedback.Builder builder(Channel channel, String sourceAccount, String unitCode, String externalId,
            Instant receivedAt) {
        return RawFeedback.newBuilder()
                .setFeedbackId(FeedbackIds.of(channel, sourceAccount, externalId))
                .setUnitCode(unitCode)
                .setChannel(channel)
                .setSourceAccount(sourceAccount)
                .setExternalId(externalId)
                .setThreadId(null)
                .setParentId(null)
                .setChange(ChangeType.ADD)
                .setText("")
                .setAttachments(List.of())
                .setReceivedAt(receivedAt)
                .setOccurredAt(null)
                .setRecordedBy(null)
                .setSourceEvent(null)
                .setAttributes(Map.of());
    }

    /**
     * Whether a time given by the sender fits the records' millisecond timestamps. A time outside
     * them (a year beyond ±292 million) could not be serialised and is the sender's error.
     */
    public static boolean storable(Instant time) {
        if (time == null) {
            return true;
        }
        try {
            time.toEpochMilli();
            return true;
        }
        catch (ArithmeticException ex) {
            return false;
        }
    }

    /** An author as the channel identified them. */
    public static Author author(String id, String displayName, String contact, boolean anonymous) {
        return Author.newBuilder().setId(id).setDisplayName(displayName).setContact(contact).setAnonymous(anonymous).build();
    }

    private RawFeedbacks() {
    }
}
