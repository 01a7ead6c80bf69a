package vn.phananh.processor.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.phananh.avro.Answer;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.Status;
import vn.phananh.avro.StatusAction;
import vn.phananh.avro.StatusChange;
import vn.phananh.avro.StatusStep;

/**
 * Applies a staff action to the current state of a feedback: the new status, the step appended to
 * the history, and the timestamps of accountability (first acknowledgement, first answer, closing).
 */
public final class StatusTransitions {

    /** The next state, or empty for an action this version does not know (readers ignore those). */
    public static Optional<EnrichedFeedback> apply(EnrichedFeedback current, StatusChange change, Instant now) {
        Optional<Status> next = statusAfter(current, change.getAction());
        if (next.isEmpty()) {
            return Optional.empty();
        }
        EnrichedFeedback.Builder builder = EnrichedFeedback.newBuilder(current)
                .setRevision(current.getRevision() + 1)
                .setStatus(next.get())
                .setHistory(append(current.getHistory(), step(change, next.get())))
                .setEnrichedAt(now);
        stamp(builder, current, change);
        return Optional.of(builder.build());
    }

    /** True when no first answer is owed any more, so the deadline stops being watched. */
    public static boolean settled(Status status) {
        return switch (status) {
            case ANSWERED, CLOSED, SPAM, WITHDRAWN -> true;
            default -> false;
        };
    }

    private static Optional<Status> statusAfter(EnrichedFeedback current, StatusAction action) {
        return Optional.ofNullable(switch (action) {
            case ACKNOWLEDGE -> Status.ACKNOWLEDGED;
            case ASSIGN -> Status.ASSIGNED;
            case ANSWER -> Status.ANSWERED;
            case CLOSE -> Status.CLOSED;
            case MARK_SPAM -> Status.SPAM;
            // Back to work: assigned if someone holds it, else acknowledged.
            case REOPEN -> current.getAssignee() != null ? Status.ASSIGNED : Status.ACKNOWLEDGED;
            case UNKNOWN -> null;
        });
    }

    private static void stamp(EnrichedFeedback.Builder builder, EnrichedFeedback current, StatusChange change) {
        Instant at = change.getAt();
        // Any handling step shows the feedback was seen; only the first one counts.
        if (current.getAcknowledgedAt() == null) {
            builder.setAcknowledgedAt(at);
        }
        switch (change.getAction()) {
            case ASSIGN -> builder.setAssignee(change.getAssignee());
            case ANSWER -> answer(builder, current, change);
            case CLOSE, MARK_SPAM -> builder.setClosedAt(at);
            case REOPEN -> builder.setClosedAt(null);
            default -> {
            }
        }
    }

    private static void answer(EnrichedFeedback.Builder builder, EnrichedFeedback current, StatusChange change) {
        builder.setAnswer(new Answer(change.getAnswerText(), change.getActor(), change.getAt()));
        if (current.getAnsweredAt() == null) {
            builder.setAnsweredAt(change.getAt());
        }
    }

    private static StatusStep step(StatusChange change, Status status) {
        String note = change.getAction() == StatusAction.ASSIGN ? change.getAssignee() : change.getNote();
        return new StatusStep(change.getAction(), status, change.getActor(), change.getAt(), note);
    }

    private static List<StatusStep> append(List<StatusStep> history, StatusStep step) {
        List<StatusStep> steps = new ArrayList<>(history);
        steps.add(step);
        return steps;
    }

    private StatusTransitions() {
    }
}
