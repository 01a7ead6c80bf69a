package vn.phananh.webapp.pages;

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

import vn.phananh.pages.Labels;
import vn.phananh.webapp.api.AccessTokens;
import vn.phananh.webapp.api.SearchApi;

/**
 * The supervisor dashboard over the viewer's units: topics over time, rising topics, each unit's
 * record, feedback by place, followers gained and lost on each channel, and alerts that arrive live;
 * every figure from the search API with the supervisor's own token.
 */
@Controller
class SupervisorController {

    /** The periods the dashboard offers, in days. */
    static final List<Integer> PERIODS = List.of(7, 30, 90);

    private final SearchApi api;
    private final AccessTokens tokens;
    private final AlertRelay alerts;
    private final Labels labels;
    private final Clock clock = Clock.systemUTC();

    SupervisorController(SearchApi api, AccessTokens tokens, AlertRelay alerts, Labels labels) {
        this.api = api;
        this.tokens = tokens;
        this.alerts = alerts;
        this.labels = labels;
    }

    @GetMapping("/supervisor")
    String dashboard(@RequestParam(defaultValue = "30") String days, Model model) {
        int period = PERIODS.stream().filter(p -> p.toString().equals(days)).findFirst().orElse(30);
        Instant to = clock.instant();
        Instant from = to.minus(Duration.ofDays(period));
        model.addAttribute("days", period);
        model.addAttribute("periods", PERIODS);
        model.addAttribute("chart", TrendChart.of(api.trends("topic", from, to, period > 31 ? "week" : "day"), labels));
        model.addAttribute("rising", api.rising(to.minus(Duration.ofDays(7)), to));
        model.addAttribute("units", api.accountability(from, to));
        model.addAttribute("places", api.places(from, to, 20));
        model.addAttribute("followers", api.followers(from, to));
        model.addAttribute("alerts", api.alerts(20).stream().map(a -> AlertItem.of(a, labels)).toList());
        return "supervisor/dashboard";
    }

    @GetMapping(path = "/supervisor/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter alertStream() {
        return alerts.open(tokens.current());
    }
}
