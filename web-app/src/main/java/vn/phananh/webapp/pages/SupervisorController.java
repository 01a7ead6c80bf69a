package vn.phananh.search.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.phananh.search.accountability.AccountabilityReports;
import vn.phananh.search.channels.Followers;
import vn.phananh.search.query.FeedbackQueries;
import vn.phananh.search.security.Viewer;
import vn.phananh.search.trends.TrendReports;

/**
 * The supervisor dashboard over the viewer's units: topics over time, rising topics, each unit's
 * record, feedback by place, followers gained and lost on each channel, and alerts that arrive live.
 */
@Controller
class SupervisorController {

    /** The periods the dashboard offers, in days. */
    static final List<Integer> PERIODS = List.of(7, 30, 90);

    private final TrendReports trends;
    private final AccountabilityReports accountability;
    private final PlaceCounts places;
    private final AlertBroadcaster alerts;
    private final Followers followers;
    private final Labels labels;
    private final Clock clock;

    SupervisorController(TrendReports trends, AccountabilityReports accountability, PlaceCounts places,
            AlertBroadcaster alerts, Followers followers, Labels labels, Clock clock) {
        this.trends = trends;
        this.followers = followers;
        this.accountability = accountability;
        this.places = places;
        this.alerts = alerts;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/supervisor")
    String dashboard(Viewer viewer, @RequestParam(defaultValue = "30") int days, Model model) throws IOException {
        int period = PERIODS.contains(days) ? days : 30;
        Instant to = clock.instant();
        Instant from = to.minus(Duration.ofDays(period));
        model.addAttribute("days", period);
        model.addAttribute("periods", PERIODS);
        model.addAttribute("chart", TrendChart.of(trends.topicsOverTime(viewer, from, to, period > 31 ? "week" : "day"),
                labels));
        model.addAttribute("rising", trends.rising(viewer, to.minus(Duration.ofDays(7)), to));
        model.addAttribute("units", accountability.units(FeedbackQueries.visibleTo(viewer), from, to));
        model.addAttribute("places", places.top(viewer, from, to, 20));
        model.addAttribute("followers", followers.between(viewer, from, to));
        model.addAttribute("alerts", trends.recentAlerts(viewer, 20).stream()
                .map(a -> AlertItem.of(a, labels)).toList());
        return "supervisor/dashboard";
    }

    @GetMapping(path = "/supervisor/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter alertStream(Viewer viewer) {
        return alerts.subscribe(viewer);
    }
}
