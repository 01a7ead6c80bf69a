package vn.phananh.search.actions;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.springframework.stereotype.Service;

import vn.phananh.avro.StatusAction;
import vn.phananh.search.security.Viewer;

/**
 * The staff actions for callers outside this package (the web pages): the very code behind
 * {@link ActionsController}, so the same unit and role checks apply. Each returns the id of the
 * status change once it is safely in Kafka.
 */
@Service
public class StaffActions {

    private final StatusChanges changes;

    StaffActions(StatusChanges changes) {
        this.changes = changes;
    }

    public String acknowledge(Viewer viewer, String feedbackId, String note) throws IOException, ExecutionException,
            InterruptedException, TimeoutException {
        return changes.record(viewer, feedbackId, StatusAction.ACKNOWLEDGE, null, null, note).changeId();
    }

    public String assign(Viewer viewer, String feedbackId, String assignee, String note) throws IOException,
            ExecutionException, InterruptedException, TimeoutException {
        return changes.record(viewer, feedbackId, StatusAction.ASSIGN, assignee, null, note).changeId();
    }

    public String answer(Viewer viewer, String feedbackId, String text, String note) throws IOException,
            ExecutionException, InterruptedException, TimeoutException {
        return changes.record(viewer, feedbackId, StatusAction.ANSWER, null, text, note).changeId();
    }

    public String close(Viewer viewer, String feedbackId, String note) throws IOException, ExecutionException,
            InterruptedException, TimeoutException {
        return changes.record(viewer, feedbackId, StatusAction.CLOSE, null, null, note).changeId();
    }

    public String markSpam(Viewer viewer, String feedbackId, String note) throws IOException, ExecutionException,
            InterruptedException, TimeoutException {
        return changes.record(viewer, feedbackId, StatusAction.MARK_SPAM, null, null, note).changeId();
    }
}
