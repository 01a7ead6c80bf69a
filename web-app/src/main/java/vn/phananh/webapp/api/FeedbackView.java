package vn.phananh.webapp.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One feedback as {@code GET /api/v1/feedback/{id}} answers it. {@code author} is present only for
 * staff of the owning unit (the search API decides).
 */
public record FeedbackView(String feedbackId, long revision, String unitCode, String channel, Author author,
        String maskedText, String topic, List<String> secondaryTopics, String kind, String sentiment, boolean urgent,
        String urgentReason, boolean spam, Place place, String status, String assignee, Answer answer,
        List<Step> history, Instant receivedAt, Instant openedAt, Instant deadline, Instant acknowledgedAt,
        Instant answeredAt, Instant closedAt, boolean overdue, Map<String, List<String>> highlights,
        List<String> humanLabels, List<LabelStep> labelHistory, String trackingCode, Boolean satisfied,
        Integer satisfactionScore, String clusterId, long clusterSize) {

    public record Author(String id, String displayName, String contact, boolean anonymous) {
    }

    public record Place(String id, String name, String type) {
    }

    public record Answer(String text, String answeredBy, Instant answeredAt) {
    }

    public record Step(String action, String status, String actor, Instant at, String note) {
    }

    /** A label correction: who, when (epoch millis) and what changed. */
    public record LabelStep(String actor, Long at, List<LabelChange> changes) {
    }

    public record LabelChange(String label, String before, String after) {
    }
}
