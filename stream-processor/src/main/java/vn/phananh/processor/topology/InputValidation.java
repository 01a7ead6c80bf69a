package vn.phananh.processor.topology;

import java.util.Optional;

import vn.phananh.avro.ChangeType;
import vn.phananh.avro.RawFeedback;
import vn.phananh.avro.StatusAction;
import vn.phananh.avro.StatusChange;

/** The checks a decoded input must pass before it may change any state. */
final class InputValidation {

    static Optional<String> rawProblem(String key, RawFeedback raw) {
        if (blank(raw.getFeedbackId())) {
            return Optional.of("missing feedbackId");
        }
        if (!raw.getFeedbackId().equals(key)) {
            return Optional.of("key does not equal feedbackId");
        }
        if (blank(raw.getUnitCode())) {
            return Optional.of("missing unitCode");
        }
        if (raw.getReceivedAt() == null || raw.getReceivedAt().toEpochMilli() <= 0) {
            return Optional.of("missing receivedAt");
        }
        if (raw.getChange() != ChangeType.REMOVE && blank(raw.getText()) && raw.getAttachments().isEmpty()) {
            return Optional.of("neither text nor attachments");
        }
        return Optional.empty();
    }

    static Optional<String> statusProblem(String key, StatusChange change) {
        if (blank(change.getChangeId())) {
            return Optional.of("missing changeId");
        }
        if (blank(change.getFeedbackId())) {
            return Optional.of("missing feedbackId");
        }
        if (!change.getFeedbackId().equals(key)) {
            return Optional.of("key does not equal feedbackId");
        }
        if (blank(change.getUnitCode()) || blank(change.getActor())) {
            return Optional.of("missing unitCode or actor");
        }
        if (change.getAction() == StatusAction.ASSIGN && blank(change.getAssignee())) {
            return Optional.of("ASSIGN without assignee");
        }
        if (change.getAction() == StatusAction.ANSWER && blank(change.getAnswerText())) {
            return Optional.of("ANSWER without answerText");
        }
        return Optional.empty();
    }

    private static boolean blank(CharSequence value) {
        return value == null || value.toString().isBlank();
    }

    private InputValidation() {
    }
}
