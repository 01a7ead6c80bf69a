package vn.phananh.search.actions;

import java.io.IOException;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import vn.phananh.avro.StatusAction;
import vn.phananh.avro.StatusChange;
import vn.phananh.schema.MessageLog;
import vn.phananh.search.indexing.FeedbackDocument;
import vn.phananh.search.query.FeedbackSearch;
import vn.phananh.search.security.Viewer;
import vn.phananh.search.system.SearchProperties;

/**
 * Records a staff action as a {@link StatusChange} on the status topic, keyed by feedbackId. Only
 * staff of the owning unit may act; the feedback is looked up inside the viewer's units, so
 * another unit's feedback answers 404 exactly like a missing one.
 */
@Service
class StatusChanges {

    private static final Logger log = LoggerFactory.getLogger(StatusChanges.class);

    private final FeedbackSearch search;
    private final KafkaTemplate<String, StatusChange> template;
    private final String topic;
    private final Clock clock;

    StatusChanges(FeedbackSearch search, KafkaTemplate<String, StatusChange> statusChangeTemplate,
            SearchProperties properties, Clock clock) {
        this.search = search;
        this.template = statusChangeTemplate;
        this.topic = properties.topics().status();
        this.clock = clock;
    }

    ActionAccepted record(Viewer viewer, String feedbackId, StatusAction action, String assignee, String answer,
            String note) throws IOException, ExecutionException, InterruptedException, TimeoutException {
        FeedbackDocument feedback = search.document(viewer, feedbackId);
        if (!viewer.isStaffOf(feedback.unitCode())) {
            throw new AccessDeniedException("Only staff of the owning unit may act");
        }
        // From here the id is one of the unit's feedback, not whatever the caller sent.
        try (var scope = MessageLog.of(feedbackId, feedback.unitCode())) {
            return publish(viewer, feedbackId, feedback, action, assignee, answer, note);
        }
    }

    /** The same for a feedback already read inside the viewer's units (the members of a cluster). */
    ActionAccepted record(Viewer viewer, FeedbackDocument feedback, StatusAction action, String answer, String note)
            throws ExecutionException, InterruptedException, TimeoutException {
        if (!viewer.isStaffOf(feedback.unitCode())) {
            throw new AccessDeniedException("Only staff of the owning unit may act");
        }
        try (var scope = MessageLog.of(feedback.feedbackId(), feedback.unitCode())) {
            return publish(viewer, feedback.feedbackId(), feedback, action, null, answer, note);
        }
    }

    private ActionAccepted publish(Viewer viewer, String feedbackId, FeedbackDocument feedback, StatusAction action,
            String assignee, String answer, String note) throws ExecutionException, InterruptedException,
            TimeoutException {
        StatusChange change = StatusChange.newBuilder().setChangeId(UUID.randomUUID().toString())
                .setFeedbackId(feedbackId).setUnitCode(feedback.unitCode()).setAction(action)
                .setActor(viewer.username()).setAt(clock.instant()).setAssignee(assignee).setAnswerText(answer)
                .setNote(note).build();
        template.send(topic, feedbackId, change).get(15, TimeUnit.SECONDS);
        log.info("Recorded {} as status change {}", action, change.getChangeId());
        return new ActionAccepted(change.getChangeId(), feedbackId, action.name(), change.getAt());
    }
}
