package vn.phananh.processor.retention;

import java.time.Instant;
import java.util.Map;

import vn.phananh.avro.Author;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.RawFeedback;

/**
 * The anonymised revision of a raw record that {@code ./pipeline retention} writes with the same key:
 * once compacted, it is all that {@code feedback.raw.v1} holds of the feedback. The unmasked text
 * becomes the masked one (so history can still be re-run), the author's name, id and contact, the
 * channel's ids that lead back to the author's message and the channel's extra fields go.
 */
public final class AnonymisedRecords {

    public static RawFeedback raw(RawFeedback latest, String maskedText, Instant anonymisedAt) {
        Author author = latest.getAuthor();
        return RawFeedback.newBuilder(latest)
                .setAuthor(new Author(null, null, null, author != null && author.getAnonymous()))
                .setText(maskedText == null ? "" : maskedText)
                .setExternalId(null)
                .setThreadId(null)
                .setParentId(null)
                .setAttributes(Map.of())
                .setAnonymisedAt(anonymisedAt)
                .build();
    }

    /** For a feedback whose raw records are gone from the topic: the anonymised revision from its current state. */
    public static RawFeedback raw(EnrichedFeedback current, Instant anonymisedAt) {
        RawFeedback.Builder raw = RawFeedback.newBuilder()
                .setFeedbackId(current.getFeedbackId())
                .setUnitCode(current.getUnitCode())
                .setChannel(current.getChannel())
                .setSourceAccount(current.getSourceAccount())
                .setAuthor(new Author(null, null, null, current.getAuthor() != null && current.getAuthor().getAnonymous()))
                .setText(current.getMaskedText())
                .setAttachments(current.getAttachments())
                .setReceivedAt(current.getReceivedAt())
                .setOccurredAt(current.getOccurredAt())
                .setSourceEvent(current.getSourceEvent())
                .setTrackingCode(current.getTrackingCode());
        return raw.setAnonymisedAt(anonymisedAt).build();
    }

    private AnonymisedRecords() {
    }
}
