package vn.phananh.search.trends;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
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

    TrendsController(Trends trends, RecentAlerts alerts) {
        this.trends = trends;
        this.alerts = alerts;
    }

    @GetMapping("/trends")
    TrendSeries series(Viewer viewer, @RequestParam(defaultValue = "topic") String by,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "day") String interval) throws IOException {
        return trends.series(viewer, by, from, to, interval);
    }

    /** Topics counted more often in [from, to) than in the period of equal length before it. */
    @GetMapping("/trends/rising")
    List<RisingTopic> rising(Viewer viewer, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to) throws IOException {
        return trends.rising(viewer, from, to);
    }

    @GetMapping("/alerts")
    List<RecentAlerts.AlertView> alerts(Viewer viewer, @RequestParam(required = false) List<String> type,
            @RequestParam(defaultValue = "50") int size) throws IOException {
        return alerts.recent(viewer, type, size);
    }
}
