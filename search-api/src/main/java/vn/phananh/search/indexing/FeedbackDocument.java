package vn.phananh.search.indexing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.Status;
import vn.phananh.schema.FeedbackClock;

/**
 * One feedback as stored in the search index (mapping: {@code elasticsearch/feedback.json}).
 * Dates are epoch milliseconds. Besides the enriched record it carries the figures that
 * accountability aggregates over, computed once at index time because the node has no scripts.
 * {@code anonymisedAt} is set once the unit's retention period removed the author's personal data.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedbackDocument(String feedbackId, long revision, String unitCode, String channel,
        String sourceAccount, AuthorDoc author, String maskedText, String normalizedText, String foldedText,
        String topic, double topicConfidence, List<String> secondaryTopics, String kind, String sentiment,
        boolean urgent, String urgentReason, boolean spam, PlaceDoc place, String classifierVersion, String status,
        String assignee, AnswerDoc answer, List<StepDoc> history, Long receivedAt, Long openedAt, Long enrichedAt,
        Long deadline, Long acknowledgedAt, Long answeredAt, Long closedAt, Long firstAnswerMinutes,
        Boolean answeredOnTime, boolean open, List<String> humanLabels, List<LabelStepDoc> labelHistory,
        String trackingCode, Boolean satisfied, Integer satisfactionScore, Long ratedAt, String clusterId,
        Long anonymisedAt) {

    /** Statuses after which nobody owes the citizen an answer any more. */
    private static final Set<Status> SETTLED = Set.of(Status.ANSWERED, Status.CLOSED, Status.SPAM, Status.WITHDRAWN);

    /** Who wrote it; personal data, returned only to staff of the owning unit. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AuthorDoc(String id, String displayName, String contact, boolean anonymous) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlaceDoc(String id, String name, String type) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AnswerDoc(String text, String answeredBy, Long answeredAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StepDoc(String action, String status, String actor, Long at, String note) {
    }

    /** One staff correction: who changed which labels from what to what. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LabelStepDoc(String actor, Long at, List<LabelChangeDoc> changes) {
    }

    /** One corrected label: its name ({@code topic}, {@code kind} …) and the values before and after. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LabelChangeDoc(String label, String before, String after) {
    }

    /** The document for the current state of one feedback. */
    public static FeedbackDocument from(EnrichedFeedback f) {
        Instant answered = f.getAnsweredAt() != null ? f.getAnsweredAt()
                : f.getAnswer() != null ? f.getAnswer().getAnsweredAt() : null;
        Instant opened = FeedbackClock.openedAt(f.getOccurredAt(), f.getReceivedAt());
        Long minutes = answered == null ? null
                : Math.max(0, Duration.between(opened, answered).toMinutes());
        Boolean onTime = answered == null ? null
                : f.getDeadline() == null || !answered.isAfter(f.getDeadline());
        boolean open = answered == null && !SETTLED.contains(f.getStatus());
        return new FeedbackDocument(f.getFeedbackId(), f.getRevision(), f.getUnitCode(), name(f.getChannel()),
                f.getSourceAccount(), author(f), f.getMaskedText(), f.getNormalizedText(), f.getFoldedText(),
                name(f.getTopic().getTopic()), f.getTopic().getConfidence(),
                f.getSecondaryTopics().stream().map(t -> name(t.getTopic())).toList(), name(f.getKind()),
                name(f.getSentiment()), f.getUrgent(), f.getUrgentReason(), f.getSpam(), place(f),
                f.getClassifierVersion(), name(f.getStatus()), f.getAssignee(), answer(f), history(f),
                millis(f.getReceivedAt()), millis(opened), millis(f.getEnrichedAt()), millis(f.getDeadline()),
                millis(f.getAcknowledgedAt()), millis(answered), millis(f.getClosedAt()), minutes, onTime, open,
                List.copyOf(f.getHumanLabels()), f.getLabelHistory().stream().map(FeedbackDocument::labelStep).toList(),
                f.getTrackingCode(), f.getSatisfaction() == null ? null : f.getSatisfaction().getSatisfied(),
                f.getSatisfaction() == null ? null : f.getSatisfaction().getScore(),
                f.getSatisfaction() == null ? null : millis(f.getSatisfaction().getRatedAt()), f.getClusterId(),
                millis(f.getAnonymisedAt()));
    }

    /** The same document without the author's personal data. */
    public FeedbackDocument withoutPersonalData() {
        AuthorDoc anonymous = new AuthorDoc(null, null, null, author != null && author.anonymous());
        return new FeedbackDocument(feedbackId, revision, unitCode, channel, sourceAccount, anonymous, maskedText,
                normalizedText, foldedText, topic, topicConfidence, secondaryTopics, kind, sentiment, urgent,
                urgentReason, spam, place, classifierVersion, status, assignee, answer, history, receivedAt,
                openedAt, enrichedAt, deadline, acknowledgedAt, answeredAt, closedAt, firstAnswerMinutes, answeredOnTime, open,
                humanLabels, labelHistory, trackingCode, satisfied, satisfactionScore, ratedAt, clusterId, anonymisedAt);
    }

    private static AuthorDoc author(EnrichedFeedback f) {
        var a = f.getAuthor();
        return new AuthorDoc(a.getId(), a.getDisplayName(), a.getContact(), a.getAnonymous());
    }

    private static PlaceDoc place(EnrichedFeedback f) {
        var p = f.getPlace();
        return p == null ? null : new PlaceDoc(p.getId(), p.getName(), name(p.getType()));
    }

    private static AnswerDoc answer(EnrichedFeedback f) {
        var a = f.getAnswer();
        return a == null ? null : new AnswerDoc(a.getText(), a.getAnsweredBy(), millis(a.getAnsweredAt()));
    }

    private static List<StepDoc> history(EnrichedFeedback f) {
        return f.getHistory().stream()
                .map(s -> new StepDoc(name(s.getAction()), name(s.getStatus()), s.getActor(), millis(s.getAt()),
                        s.getNote()))
                .toList();
    }

    private static LabelStepDoc labelStep(vn.phananh.avro.LabelStep step) {
        List<LabelChangeDoc> changes = new java.util.ArrayList<>();
        var before = step.getBefore();
        var after = step.getAfter();
        if (after.getTopic() != null) {
            changes.add(new LabelChangeDoc("topic", name(before.getTopic()), name(after.getTopic())));
        }
        if (after.getSecondaryTopics() != null) {
            changes.add(new LabelChangeDoc("secondaryTopics", names(before.getSecondaryTopics()), names(after.getSecondaryTopics())));
        }
        if (after.getKind() != null) {
            changes.add(new LabelChangeDoc("kind", name(before.getKind()), name(after.getKind())));
        }
        if (after.getSentiment() != null) {
            changes.add(new LabelChangeDoc("sentiment", name(before.getSentiment()), name(after.getSentiment())));
        }
        if (after.getUrgent() != null) {
            changes.add(new LabelChangeDoc("urgent", String.valueOf(before.getUrgent()), after.getUrgent().toString()));
        }
        if (after.getPlaceId() != null) {
            changes.add(new LabelChangeDoc("place", before.getPlaceId(), after.getPlaceId()));
        }
        return new LabelStepDoc(step.getActor(), millis(step.getAt()), changes);
    }

    private static String names(List<vn.phananh.avro.Topic> topics) {
        return topics == null ? null : String.join(",", topics.stream().map(Enum::name).toList());
    }

    static Long millis(Instant at) {
        return at == null ? null : at.toEpochMilli();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
