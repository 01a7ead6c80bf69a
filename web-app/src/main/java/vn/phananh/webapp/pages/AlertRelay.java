package vn.phananh.webapp.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tools.jackson.databind.json.JsonMapper;

import vn.phananh.pages.Labels;
import vn.phananh.webapp.api.Pages;
import vn.phananh.webapp.api.SearchApi;

/**
 * The supervisor page's live alerts: for each open page, the search API's alert stream opened with
 * the supervisor's token (so it carries only their units' alerts), each alert worded in Vietnamese
 * and passed on as the page's own event stream. The API's heartbeat comments are passed on too, so
 * a browser that went away is found within one of them and its upstream stream closed.
 */
@Component
class AlertRelay {

    /** Browsers reconnect by themselves when a stream ends. */
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(AlertRelay.class);
    private static final JsonMapper json = JsonMapper.builder().build();

    private final SearchApi api;
    private final Labels labels;

    AlertRelay(SearchApi api, Labels labels) {
        this.api = api;
        this.labels = labels;
    }

    SseEmitter open(String token) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        Thread.ofVirtual().name("alert-relay").start(() -> relay(token, emitter));
        return emitter;
    }

    private void relay(String token, SseEmitter emitter) {
        Event event = new Event();
        try {
            api.alertStream(token, line -> event.take(line, emitter));
            emitter.complete();
        }
        catch (RuntimeException ex) {
            // The browser went away, the stream's lifetime ended, or the API is down: the browser reconnects.
            log.debug("Alert relay ended: {}", ex.toString());
            emitter.complete();
        }
    }

    /** The event being read: its name, id and data lines, sent on the blank line that ends it. */
    private final class Event {

        private String name;
        private String id;
        private final StringBuilder data = new StringBuilder();

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
            if ("alert".equals(name) && !data.isEmpty()) {
                Pages.AlertView alert = json.readValue(data.toString(), Pages.AlertView.class);
                emitter.send(SseEmitter.event().name("alert").id(id == null ? alert.alertId() : id)
                        .data(AlertItem.of(alert, labels), MediaType.APPLICATION_JSON));
            }
            name = null;
            id = null;
            data.setLength(0);
        }
    }
}
