package vn.phananh.processor.topology;

import java.time.Instant;
import java.util.Optional;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.OutboundKind;
import vn.phananh.avro.OutboundMessage;
import vn.phananh.avro.StatusAction;
import vn.phananh.avro.StatusChange;

/**
 * What a staff action tells the citizen: the first acknowledgement (a later one is not news) and
 * every answer (a corrected answer is). Written with the new state, in the same transaction, so each
 * applied action yields its message exactly once; the id is the feedback and the revision it produced.
 */
final class OutboundMessages {

    static Optional<OutboundMessage> after(EnrichedFeedback before, EnrichedFeedback after, StatusChange change) {
        boolean first = before.getHistory().stream()
                .noneMatch(step -> step.getAction() == StatusAction.ACKNOWLEDGE || step.getAction() == StatusAction.ANSWER);
        OutboundKind kind = switch (change.getAction()) {
            case ACKNOWLEDGE -> first ? OutboundKind.ACKNOWLEDGEMENT : null;
            case ANSWER -> OutboundKind.ANSWER;
            default -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(OutboundMessage.newBuilder()
                .setMessageId(after.getFeedbackId() + "#" + after.getRevision())
                .setFeedbackId(after.getFeedbackId())
                .setRevision(after.getRevision())
                .setUnitCode(after.getUnitCode())
                .setKind(kind)
                .setChannel(after.getChannel())
                .setSourceAccount(after.getSourceAccount())
                .setSourceEvent(after.getSourceEvent())
                .setExternalId(after.getExternalId())
                .setRecipientId(after.getAuthor().getId())
                .setTrackingCode(after.getTrackingCode())
                .setFirst(first)
                .setAnswerText(kind == OutboundKind.ANSWER ? change.getAnswerText() : null)
                .setLastInboundAt(lastInbound(after))
                .setCreatedAt(change.getAt())
                .build());
    }

    // The citizen's own last word on this feedback: when they sent it, or last edited it.
    private static Instant lastInbound(EnrichedFeedback f) {
        Instant sent = f.getOccurredAt() != null ? f.getOccurredAt() : f.getReceivedAt();
        return f.getEditedAt() != null && f.getEditedAt().isAfter(sent) ? f.getEditedAt() : sent;
    }

    private OutboundMessages() {
    }
}
