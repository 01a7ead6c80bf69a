package vn.phananh.search.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.phananh.search.indexing.FeedbackDocument;
import vn.phananh.search.security.Viewer;

/**
 * One feedback as the API shows it to signed-in users. {@code author} is present only for staff
 * of the owning unit.
 */
public record FeedbackView(String feedbackId, long revision, String unitCode, String channel,
        FeedbackDocument.AuthorDoc author, String maskedText, String topic, List<String> secondaryTopics, String kind,
        String sentiment, boolean urgent, String urgentReason, boolean spam, FeedbackDocument.PlaceDoc place,
        String status, String assignee, Answer answer, List<Step> history, Instant receivedAt, Instant openedAt, Instant deadline,
        Instant acknowledgedAt, Instant answeredAt, Instant closedAt, boolean overdue,
        Map<String, List<String>> highlights, List<String> humanLabels, List<FeedbackDocument.LabelStepDoc> labelHistory,
        String trackingCode, Boolean satisfied, Integer satisfactionScore, String clusterId, long clusterSize) {

    public record Answer(String text, String answeredBy, Instant answeredAt) {
    }

    public record Step(String action, String status, String actor, Instant at, String note) {
    }

    static FeedbackView of(FeedbackDocument d, Viewer viewer, Instant now, Map<String, List<String>> highlights) {
        return of(d, viewer, now, highlights, d.clusterId() == null ? 1 : 0);
    }

    /**
     * {@code clusterSize}: how many feedback of the unit describe the same problem, this one
     * included (1 without a near-duplicate cluster; counted by the search over the index).
     */
    static FeedbackView of(FeedbackDocument d, Viewer viewer, Instant now, Map<String, List<String>> highlights,
            long clusterSize) {
        var author = viewer.isStaffOf(d.unitCode()) ? d.author() : null;
        boolean overdue = d.open() && d.deadline() != null && d.deadline() < now.toEpochMilli();
        return new FeedbackView(d.feedbackId(), d.revision(), d.unitCode(), d.channel(), author, d.maskedText(),
                d.topic(), d.secondaryTopics(), d.kind(), d.sentiment(), d.urgent(), d.urgentReason(), d.spam(),
                d.place(), d.status(), d.assignee(), answer(d.answer()), history(d.history()),
                instant(d.receivedAt()), instant(d.openedAt() != null ? d.openedAt() : d.receivedAt()),
                instant(d.deadline()), instant(d.acknowledgedAt()), instant(d.answeredAt()), instant(d.closedAt()), overdue, highlights == null ? Map.of() : highlights,
                d.humanLabels() == null ? List.of() : d.humanLabels(),
                d.labelHistory() == null ? List.of() : d.labelHistory(), d.trackingCode(), d.satisfied(),
                d.satisfactionScore(), d.clusterId(), clusterSize);
    }

    private static Answer answer(FeedbackDocument.AnswerDoc a) {
        return a == null ? null : new Answer(a.text(), a.answeredBy(), instant(a.answeredAt()));
    }

    private static List<Step> history(List<FeedbackDocument.StepDoc> steps) {
        return steps == null ? List.of()
                : steps.stream().map(s -> new Step(s.action(), s.status(), s.actor(), instant(s.at()), s.note()))
                        .toList();
    }

    static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
