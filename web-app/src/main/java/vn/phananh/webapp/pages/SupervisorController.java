package vn.phananh.webapp.pages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.phananh.pages.Labels;
import vn.phananh.schema.FeedbackClock;
import vn.phananh.webapp.api.AccessTokens;
import vn.phananh.webapp.api.Me;
import vn.phananh.webapp.api.SearchApi;

/**
 * The supervisor dashboard over the viewer's units (or one of them): each topic over time as small
 * bar charts on one scale, complaints within all feedback, rising topics with their sparklines, the
 * channel mix, each unit's record, feedback by place, followers gained and lost on each channel,
 * and alerts and new feedback that arrive live; every figure from the search API with the
 * supervisor's own token, every bar a link to the search of what it counts.
 */
@Controller
class SupervisorController {

    /** The periods the dashboard offers, in days. */
    static final List<Integer> PERIODS = List.of(7, 30, 90);

    private final SearchApi api;
    private final AccessTokens tokens;
    private final AlertRelay alerts;
    private final FeedbackRelay feedback;
    private final Labels labels;
    private final Clock clock = Clock.systemUTC();

    SupervisorController(SearchApi api, AccessTokens tokens, AlertRelay alerts, FeedbackRelay feedback, Labels labels) {
        this.api = api;
        this.tokens = tokens;
        this.alerts = alerts;
        this.feedback = feedback;
        this.labels = labels;
    }

    @GetMapping("/supervisor")
    String dashboard(@RequestParam(defaultValue = "30") String days, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String interval, Model model) {
        int period = PERIODS.stream().filter(p -> p.toString().equals(days)).findFirst().orElse(30);
        String step = "day".equals(interval) || "week".equals(interval) ? interval : period > 31 ? "week" : "day";
        Me viewer = api.me();
        // A unit the viewer does not see (or none) shows all of theirs; the API would count nothing of it anyway.
        String shown = unit != null && viewer.canSee(unit) ? unit : null;
        Instant to = clock.instant();
        Instant from = to.minus(Duration.ofDays(period));
        model.addAttribute("days", period);
        model.addAttribute("periods", PERIODS);
        model.addAttribute("interval", step);
        model.addAttribute("unit", shown);
        model.addAttribute("unitChoices", viewer.units());
        model.addAttribute("trend", TrendPanels.of(api.trends("topic", from, to, step, shown, null),
                api.trends("kind", from, to, step, shown, null), shown, labels));
        model.addAttribute("channels", ChannelMix.of(api.trends("channel", from, to, "week", shown, null),
                LocalDate.ofInstant(from, FeedbackClock.UNIT_ZONE), LocalDate.ofInstant(to, FeedbackClock.UNIT_ZONE),
                shown, labels));
        Instant twoWeeks = to.minus(Duration.ofDays(14));
        model.addAttribute("rising", RisingRows.of(api.rising(to.minus(Duration.ofDays(7)), to, shown),
                api.trends("topic", twoWeeks, to, "day", shown, null), to, shown, labels));
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

    @GetMapping(path = "/supervisor/feedback/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter feedbackStream() {
        return feedback.open(tokens.current());
    }
}
