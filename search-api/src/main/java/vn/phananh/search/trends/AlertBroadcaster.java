package vn.phananh.search.trends;

import java.util.List;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.phananh.search.indexing.AlertDocument;
import vn.phananh.search.indexing.AlertsIndexedListener;
import vn.phananh.search.live.ViewerStreams;
import vn.phananh.search.security.Viewer;

/**
 * Pushes alerts to open streams ({@code GET /api/v1/alerts/stream}, the supervisor page's through
 * the web app) as server-sent events, each stream getting only the alerts of the units its caller
 * may see; the data is the alert as {@code GET /api/v1/alerts} lists it. The indexer tells it after
 * alerts are in Elasticsearch.
 */
@Component
class AlertBroadcaster implements AlertsIndexedListener {

    private final ViewerStreams streams = new ViewerStreams("alert");

    SseEmitter subscribe(Viewer viewer) {
        return streams.subscribe(viewer);
    }

    @Override
    public void alertsIndexed(List<AlertDocument> alerts) {
        streams.later(() -> alerts.forEach(a -> streams.send(a.unitCode(), "alert", a.alertId(),
                RecentAlerts.AlertView.of(a))));
    }

    int subscribers() {
        return streams.size();
    }

    @EventListener(ContextClosedEvent.class)
    void close() {
        streams.close();
    }
}
