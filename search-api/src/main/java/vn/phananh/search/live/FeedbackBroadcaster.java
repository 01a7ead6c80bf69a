package vn.phananh.search.live;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
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
 * (a rebalance) is sent again with the same id; the pages count an id once. Sending runs on its own
 * thread so a slow browser never holds up indexing; a comment every 15 seconds keeps proxies from
 * closing idle streams and finds the closed ones.
 */
@Component
class FeedbackBroadcaster implements FeedbackIndexedListener {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** Browsers reconnect by themselves when a stream ends. */
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(FeedbackBroadcaster.class);

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "feedback-broadcaster");
        thread.setDaemon(true);
        return thread;
    });

    FeedbackBroadcaster() {
        sender.scheduleAtFixedRate(this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    SseEmitter subscribe(Viewer viewer) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        Subscriber subscriber = new Subscriber(viewer, emitter);
        subscribers.add(subscriber);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> {
            subscribers.remove(subscriber);
            emitter.complete();
        });
        emitter.onError(ex -> subscribers.remove(subscriber));
        // Sent at once, so the browser (and a test) knows the stream is open.
        send(subscriber, SseEmitter.event().comment("connected").reconnectTime(5000));
        return emitter;
    }

    @Override
    public void feedbackIndexed(List<FeedbackDocument> feedback) {
        List<FeedbackDocument> fresh = feedback.stream().filter(NewFeedback::isNew).toList();
        if (!fresh.isEmpty() && !subscribers.isEmpty()) {
            sender.execute(() -> fresh.forEach(this::broadcast));
        }
    }

    private void broadcast(FeedbackDocument feedback) {
        NewFeedback item = NewFeedback.of(feedback);
        for (Subscriber s : subscribers) {
            if (s.viewer().canSee(feedback.unitCode())) {
                send(s, SseEmitter.event().name("feedback").id(feedback.feedbackId())
                        .data(item, MediaType.APPLICATION_JSON));
            }
        }
    }

    private void heartbeat() {
        subscribers.forEach(s -> send(s, SseEmitter.event().comment("ping")));
    }

    private void send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
        try {
            subscriber.emitter().send(event);
        }
        catch (IOException | RuntimeException ex) {
            // The browser went away: forget it; the container completes the request.
            subscribers.remove(subscriber);
            log.debug("Feedback stream of {} closed: {}", subscriber.viewer().username(), ex.toString());
        }
    }

    /** Ends every stream before the server's graceful shutdown would wait for them. */
    @EventListener(ContextClosedEvent.class)
    void close() {
        sender.shutdownNow();
        subscribers.forEach(s -> s.emitter().complete());
        subscribers.clear();
    }

    private record Subscriber(Viewer viewer, SseEmitter emitter) {
    }
}
