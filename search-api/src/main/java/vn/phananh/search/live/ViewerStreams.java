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
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.phananh.search.security.Viewer;

/**
 * Open server-sent event streams, each of one caller: an event goes only to the streams whose caller
 * may see its unit. Sending runs on a thread of its own so a slow browser never holds up indexing; a
 * comment every 15 seconds keeps proxies from closing idle streams and finds the closed ones. The
 * alert and the new-feedback broadcasters each own one.
 */
public final class ViewerStreams {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** Browsers reconnect by themselves when a stream ends. */
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(ViewerStreams.class);

    private final String name;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService sender;

    /** {@code name} names the sending thread and the log lines ("alert", "feedback"). */
    public ViewerStreams(String name) {
        this.name = name;
        this.sender = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name + "-broadcaster");
            thread.setDaemon(true);
            return thread;
        });
        sender.scheduleAtFixedRate(this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    public SseEmitter subscribe(Viewer viewer) {
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

    public int size() {
        return subscribers.size();
    }

    /** Runs {@code work} (which calls {@link #send}) on the sending thread. */
    public void later(Runnable work) {
        sender.execute(work);
    }

    /** Sends event {@code event} with {@code id} and JSON {@code data} to every stream whose caller may see {@code unit}. */
    public void send(String unit, String event, String id, Object data) {
        for (Subscriber s : subscribers) {
            if (s.viewer().canSee(unit)) {
                send(s, SseEmitter.event().name(event).id(id).data(data, MediaType.APPLICATION_JSON));
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
            log.debug("The {} stream of {} closed: {}", name, subscriber.viewer().username(), ex.toString());
        }
    }

    /** Ends every stream (before the server's graceful shutdown would wait for them). */
    public void close() {
        sender.shutdownNow();
        subscribers.forEach(s -> s.emitter().complete());
        subscribers.clear();
    }

    private record Subscriber(Viewer viewer, SseEmitter emitter) {
    }
}
