package vn.phananh.search.actions;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.phananh.avro.StatusAction;
import vn.phananh.search.security.Viewer;

/** Staff actions on one feedback; each answers 202 once the action is safely in Kafka. */
@RestController
@RequestMapping("/api/v1/feedback/{id}")
@ResponseStatus(HttpStatus.ACCEPTED)
class ActionsController {

    private final StatusChanges changes;

    ActionsController(StatusChanges changes) {
        this.changes = changes;
    }

    @PostMapping("/acknowledge")
    ActionAccepted acknowledge(Viewer viewer, @PathVariable String id,
            @Valid @RequestBody(required = false) ActionRequests.Note body) throws Exception {
        return simple(viewer, id, StatusAction.ACKNOWLEDGE, body);
    }

    @PostMapping("/assign")
    ActionAccepted assign(Viewer viewer, @PathVariable String id, @Valid @RequestBody ActionRequests.Assign body)
            throws Exception {
        return changes.record(viewer, id, StatusAction.ASSIGN, body.assignee(), null, body.note());
    }

    @PostMapping("/answer")
    ActionAccepted answer(Viewer viewer, @PathVariable String id, @Valid @RequestBody ActionRequests.AnswerText body)
            throws Exception {
        return changes.record(viewer, id, StatusAction.ANSWER, null, body.text(), body.note());
    }

    @PostMapping("/close")
    ActionAccepted close(Viewer viewer, @PathVariable String id,
            @Valid @RequestBody(required = false) ActionRequests.Note body) throws Exception {
        return simple(viewer, id, StatusAction.CLOSE, body);
    }

    @PostMapping("/spam")
    ActionAccepted spam(Viewer viewer, @PathVariable String id,
            @Valid @RequestBody(required = false) ActionRequests.Note body) throws Exception {
        return simple(viewer, id, StatusAction.MARK_SPAM, body);
    }

    private ActionAccepted simple(Viewer viewer, String id, StatusAction action, ActionRequests.Note body)
            throws IOException, ExecutionException, InterruptedException, TimeoutException {
        return changes.record(viewer, id, action, null, null, body == null ? null : body.note());
    }
}
