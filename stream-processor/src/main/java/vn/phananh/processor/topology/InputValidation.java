package vn.phananh.processor.topology;

import java.util.Optional;

import vn.phananh.avro.ChangeType;
import vn.phananh.avro.LabelCorrection;
import vn.phananh.avro.LabelSet;
import vn.phananh.avro.RawFeedback;
import vn.phananh.avro.StatusAction;
import vn.phananh.avro.StatusChange;
import vn.phananh.avro.Topic;

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

    static Optional<String> labelsProblem(String key, LabelCorrection correction) {
        if (blank(correction.getCorrectionId())) {
            return Optional.of("missing correctionId");
        }
        if (blank(correction.getFeedbackId()) || !correction.getFeedbackId().equals(key)) {
            return Optional.of("key does not equal feedbackId");
        }
        if (blank(correction.getUnitCode()) || blank(correction.getActor())) {
            return Optional.of("missing unitCode or actor");
        }
        LabelSet after = correction.getAfter();
        if (after.getTopic() == null && after.getSecondaryTopics() == null && after.getKind() == null
                && after.getSentiment() == null && after.getUrgent() == null && after.getPlaceId() == null) {
            return Optional.of("a correction must set at least one label");
        }
        if (after.getSecondaryTopics() != null && after.getSecondaryTopics().contains(Topic.OTHER)) {
            return Optional.of("OTHER is never a secondary topic");
        }
        return Optional.empty();
    }

    static Optional<String> ratingProblem(String key, vn.phananh.avro.Rating rating) {
        if (blank(rating.getRatingId())) {
            return Optional.of("missing ratingId");
        }
        if (blank(rating.getFeedbackId()) || !rating.getFeedbackId().equals(key)) {
            return Optional.of("key does not equal feedbackId");
        }
        if (blank(rating.getUnitCode())) {
            return Optional.of("missing unitCode");
        }
        if (rating.getScore() != null && (rating.getScore() < 1 || rating.getScore() > 5)) {
            return Optional.of("score must be 1 to 5");
        }
        return Optional.empty();
    }

    static Optional<String> clusterProblem(String key, vn.phananh.avro.ClusterAssignment assignment) {
        if (blank(assignment.getFeedbackId()) || !assignment.getFeedbackId().equals(key)) {
            return Optional.of("key does not equal feedbackId");
        }
        if (blank(assignment.getUnitCode()) || blank(assignment.getClusterId())) {
            return Optional.of("missing unitCode or clusterId");
        }
        return Optional.empty();
    }

    private static boolean blank(CharSequence value) {
        return value == null || value.toString().isBlank();
    }

    private InputValidation() {
    }
}
