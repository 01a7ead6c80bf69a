package vn.phananh.webapp.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.phananh.webapp.api.SearchApi;

/**
 * Relays one of the search API's event streams to a page: for each open page the API's stream is
 * opened with the person's token (so it carries only their units' events), each event of the named
 * kind is turned into what the page shows and passed on as the page's own event stream. The API's
 * heartbeat comments are passed on too, so a browser that went away is found within one of them and
 * its upstream stream closed.
 */
@Component
class StreamRelay {

    /** Browsers reconnect by themselves when a stream ends. */
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(StreamRelay.class);

    private final SearchApi api;

    StreamRelay(SearchApi api) {
        this.api = api;
    }

    /** Relays the events named {@code name} of the API's stream at {@code path}, their data converted by {@code page}. */
    SseEmitter open(String path, String token, String name, Function<String, Object> page) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        Thread.ofVirtual().name("stream-relay").start(() -> relay(path, token, new Event(name, page), emitter));
        return emitter;
    }

    private void relay(String path, String token, Event event, SseEmitter emitter) {
        try {
            api.eventStream(path, token, line -> event.take(line, emitter));
            emitter.complete();
        }
        catch (RuntimeException ex) {
            // The browser went away, the stream's lifetime ended, or the API is down: the browser reconnects.
            log.debug("Relay of {} ended: {}", path, ex.toString());
            emitter.complete();
        }
    }

    /** The event being read: its name, id and data lines, sent on the blank line that ends it. */
    private static final class Event {

        private final String wanted;
        private final Function<String, Object> page;
        private String name;
        private String id;
        private final StringBuilder data = new StringBuilder();

        Event(String wanted, Function<String, Object> page) {
            this.wanted = wanted;
            this.page = page;
        }

        void take(String line, SseEmitter emitter) {
            try {
                if (line.isEmpty()) {
                    send(emitter);
                }
                else if (line.startsWith(":")) {
                    emitter.send(SseEmitter.event().comment(line.substring(1).strip()).reconnectTime(5000));
                }
                else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                }
                else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                }
                else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        private void send(SseEmitter emitter) throws IOException {
            if (wanted.equals(name) && !data.isEmpty()) {
                var event = SseEmitter.event().name(wanted).data(page.apply(data.toString()), MediaType.APPLICATION_JSON);
                emitter.send(id == null ? event : event.id(id));
            }
            name = null;
            id = null;
            data.setLength(0);
        }
    }
}
