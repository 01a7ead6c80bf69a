package vn.phananh.search.trends;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.phananh.search.security.Viewer;

/**
 * Trends and recent alerts for callers outside this package (the supervisor pages): the same
 * services the trends API answers with, always inside the viewer's units.
 */
@Service
public class TrendReports {

    private final Trends trends;
    private final RecentAlerts alerts;

    TrendReports(Trends trends, RecentAlerts alerts) {
        this.trends = trends;
        this.alerts = alerts;
    }

    /** Counts per topic in [from, to), by {@code interval} (hour, day or week). */
    public TrendSeries topicsOverTime(Viewer viewer, Instant from, Instant to, String interval) throws IOException {
        return trends.series(viewer, "topic", from, to, interval);
    }

    public List<RisingTopic> rising(Viewer viewer, Instant from, Instant to) throws IOException {
        return trends.rising(viewer, from, to);
    }

    public List<RecentAlerts.AlertView> recentAlerts(Viewer viewer, int size) throws IOException {
        return alerts.recent(viewer, List.of(), size);
    }
}
