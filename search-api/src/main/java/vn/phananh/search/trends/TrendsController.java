package vn.phananh.search.trends;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phananh.search.security.Viewer;

/** Trends and alerts over the units the viewer may see. */
@RestController
@RequestMapping("/api/v1")
class TrendsController {

    private final Trends trends;
    private final RecentAlerts alerts;
    private final AlertBroadcaster live;

    TrendsController(Trends trends, RecentAlerts alerts, AlertBroadcaster live) {
        this.trends = trends;
        this.alerts = alerts;
        this.live = live;
    }

    /**
     * Alerts as they are indexed, as server-sent events ({@code event: alert}, the data as
     * {@code /alerts} lists one), only of the caller's units; a comment every 15 s keeps it open.
     */
    @GetMapping(path = "/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter alertStream(Viewer viewer) {
        return live.subscribe(viewer);
    }

    /**
     * Counts per {@code by} (topic, unit, channel or kind) and bucket of [from, to); {@code unit} and
     * {@code kind} (each any of the values) narrow what is counted, within the caller's units.
     */
    @GetMapping("/trends")
    TrendSeries series(Viewer viewer, @RequestParam(defaultValue = "topic") String by,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "day") String interval, @RequestParam(required = false) List<String> unit,
            @RequestParam(required = false) List<String> kind) throws IOException {
        return trends.series(viewer, by, from, to, interval, new Trends.Scope(unit, kind));
    }

    /** Topics counted more often in [from, to) than in the period of equal length before it (of {@code unit} if given). */
    @GetMapping("/trends/rising")
    List<RisingTopic> rising(Viewer viewer, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(required = false) List<String> unit)
            throws IOException {
        return trends.rising(viewer, from, to, new Trends.Scope(unit, List.of()));
    }

    @GetMapping("/alerts")
    List<RecentAlerts.AlertView> alerts(Viewer viewer, @RequestParam(required = false) List<String> type,
            @RequestParam(defaultValue = "50") int size) throws IOException {
        return alerts.recent(viewer, type, size);
    }
}
