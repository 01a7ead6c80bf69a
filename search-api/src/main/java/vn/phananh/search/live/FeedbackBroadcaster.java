package vn.phananh.search.live;

import java.util.List;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.phananh.search.indexing.FeedbackDocument;
import vn.phananh.search.indexing.FeedbackIndexedListener;
import vn.phananh.search.security.Viewer;

/**
 * Pushes newly indexed feedback (its first revision) to open streams ({@code GET
 * /api/v1/feedback/stream}; the inbox and the supervisor page through the web app) as server-sent
 * events {@code event: feedback}, each stream getting only the feedback of the units its caller may
 * see, as {@link NewFeedback} (masked excerpt, no author). A record the indexer is given again
 * (a rebalance) is sent again with the same id; the pages count an id once.
 */
@Component
class FeedbackBroadcaster implements FeedbackIndexedListener {

    private final ViewerStreams streams = new ViewerStreams("feedback");

    SseEmitter subscribe(Viewer viewer) {
        return streams.subscribe(viewer);
    }

    @Override
    public void feedbackIndexed(List<FeedbackDocument> feedback) {
        List<FeedbackDocument> fresh = feedback.stream().filter(NewFeedback::isNew).toList();
        if (!fresh.isEmpty() && streams.size() > 0) {
            streams.later(() -> fresh.forEach(f -> streams.send(f.unitCode(), "feedback", f.feedbackId(),
                    NewFeedback.of(f))));
        }
    }

    @EventListener(ContextClosedEvent.class)
    void close() {
        streams.close();
    }
}
