package vn.phananh.processor.topology;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.RawFeedback;
import vn.phananh.avro.Status;
import vn.phananh.processor.enrich.Enrichment;

/** The states a feedback goes through because of its author: intake, edit, withdrawal. */
final class FeedbackStates {

    /** The first state of a feedback (revision 1). An edit seen before its original is taken in as new. */
    static EnrichedFeedback intake(RawFeedback raw, Enrichment enrichment, Instant deadline, Instant now) {
        EnrichedFeedback.Builder builder = EnrichedFeedback.newBuilder()
                .setFeedbackId(raw.getFeedbackId())
                .setRevision(1)
                .setUnitCode(raw.getUnitCode())
                .setChannel(raw.getChannel())
                .setSourceAccount(raw.getSourceAccount())
                .setExternalId(raw.getExternalId())
                .setThreadId(raw.getThreadId())
                .setParentId(raw.getParentId())
                .setAuthor(raw.getAuthor())
                .setAttachments(raw.getAttachments())
                .setStatus(Status.NEW)
                .setHistory(List.of())
                .setReceivedAt(raw.getReceivedAt())
                .setOccurredAt(raw.getOccurredAt())
                .setEnrichedAt(now)
                .setEditedAt(raw.getChange() == vn.phananh.avro.ChangeType.EDIT ? changedAt(raw) : null)
                .setDeadline(deadline)
                .setTrackingCode(raw.getTrackingCode())
                .setSourceEvent(raw.getSourceEvent())
                .setAnonymisedAt(raw.getAnonymisedAt());
        return withEnrichment(builder, enrichment).build();
    }

    /**
     * A new text for the same feedback: machine labels follow the text, human labels and handling
     * (status, history, deadline) stay.
     */
    static EnrichedFeedback edited(EnrichedFeedback current, RawFeedback raw, Enrichment enrichment, Instant now) {
        EnrichedFeedback.Builder builder = EnrichedFeedback.newBuilder(current)
                .setRevision(current.getRevision() + 1)
                .setAttachments(raw.getAttachments())
                .setEditedAt(changedAt(raw))
                .setEnrichedAt(now);
        if (current.getTrackingCode() == null) {
            builder.setTrackingCode(raw.getTrackingCode());
        }
        return FeedbackLabels.keepHuman(withEnrichment(builder, enrichment), current).build();
    }

    /**
     * The same text classified again by another model: machine labels and the model version change,
     * human labels, handling and deadline stay.
     */
    static EnrichedFeedback reclassified(EnrichedFeedback current, Enrichment enrichment, Instant now) {
        EnrichedFeedback.Builder builder = EnrichedFeedback.newBuilder(current)
                .setRevision(current.getRevision() + 1)
                .setEnrichedAt(now);
        return FeedbackLabels.keepHuman(withEnrichment(builder, enrichment), current).build();
    }

    /** The author removed the message: it stays on record, withdrawn. */
    static EnrichedFeedback withdrawn(EnrichedFeedback current, RawFeedback raw, Instant now) {
        return EnrichedFeedback.newBuilder(current)
                .setRevision(current.getRevision() + 1)
                .setStatus(Status.WITHDRAWN)
                .setClosedAt(changedAt(raw))
                .setEnrichedAt(now)
                .build();
    }

    /**
     * The unit's retention period is over: the author's name, id and contact and the channel's ids
     * that lead back to the author's message go; the masked text, labels, place, handling, answer,
     * deadline and ratings stay, so the accountability record is unchanged.
     */
    static EnrichedFeedback anonymised(EnrichedFeedback current, Instant anonymisedAt, Instant now) {
        vn.phananh.avro.Author author = current.getAuthor();
        return EnrichedFeedback.newBuilder(current)
                .setRevision(current.getRevision() + 1)
                .setAuthor(new vn.phananh.avro.Author(null, null, null, author != null && author.getAnonymous()))
                .setExternalId(null)
                .setThreadId(null)
                .setParentId(null)
                .setAnonymisedAt(anonymisedAt)
                .setEnrichedAt(now)
                .build();
    }

    /** True when an edit would not change what people see, e.g. a redelivered edit. */
    static boolean sameContent(EnrichedFeedback current, RawFeedback raw, Enrichment enrichment) {
        return current.getMaskedText().equals(enrichment.maskedText())
                && Objects.equals(current.getAttachments(), raw.getAttachments());
    }

    private static EnrichedFeedback.Builder withEnrichment(EnrichedFeedback.Builder builder, Enrichment e) {
        return builder.setMaskedText(e.maskedText())
                .setNormalizedText(e.normalizedText())
                .setFoldedText(e.foldedText())
                .setPiiSpans(e.piiSpans())
                .setTopic(e.topic())
                .setSecondaryTopics(e.secondaryTopics())
                .setKind(e.kind())
                .setKindConfidence(e.kindConfidence())
                .setSentiment(e.sentiment())
                .setSentimentConfidence(e.sentimentConfidence())
                .setUrgent(e.urgent())
                .setUrgentConfidence(e.urgentConfidence())
                .setUrgentReason(e.urgentReason())
                .setSpam(e.spam())
                .setPlace(e.place())
                .setClassifierVersion(e.classifierVersion());
    }

    // The channel's clock when it gave one (the moment the author acted), else the ingest time.
    private static Instant changedAt(RawFeedback raw) {
        return raw.getOccurredAt() != null ? raw.getOccurredAt() : raw.getReceivedAt();
    }

    private FeedbackStates() {
    }
}
