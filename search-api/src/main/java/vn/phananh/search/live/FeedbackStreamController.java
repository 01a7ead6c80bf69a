package vn.phananh.search.live;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.phananh.search.security.Viewer;

/** The live feed of new feedback over the units the caller may see. */
@RestController
class FeedbackStreamController {

    private final FeedbackBroadcaster live;

    FeedbackStreamController(FeedbackBroadcaster live) {
        this.live = live;
    }

    /**
     * New feedback as it is indexed, as server-sent events ({@code event: feedback}, id the feedbackId,
     * the data a {@link NewFeedback}: masked excerpt, never the author), only of the caller's units; a
     * comment every 15 s keeps it open.
     */
    @GetMapping(path = "/api/v1/feedback/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(Viewer viewer) {
        return live.subscribe(viewer);
    }
}
