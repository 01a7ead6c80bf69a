package vn.phananh.search.tracking;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "tra cứu" page anyone may open: type the tracking code from the receipt or the reply and see
 * where the feedback stands. Shares the API's lookup and its per-client limit.
 */
@Controller
class TrackingPageController {

    private final TrackingLookup lookup;
    private final LookupLimiter limiter;

    TrackingPageController(TrackingLookup lookup, LookupLimiter limiter) {
        this.lookup = lookup;
        this.limiter = limiter;
    }

    @GetMapping("/tra-cuu")
    String track(@RequestParam(name = "ma", required = false) String code, HttpServletRequest request,
            HttpServletResponse response, Model model) throws IOException {
        model.addAttribute("title", "Tra cứu phản ánh");
        model.addAttribute("typed", code == null ? "" : code.strip());
        if (code == null || code.isBlank()) {
            return "public/track";
        }
        Duration wait = limiter.tryTake(limiter.clientOf(request));
        if (!wait.isZero()) {
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Messages.seconds(wait)));
            model.addAttribute("message", Messages.tooMany(wait));
            return "public/track";
        }
        switch (lookup.lookUp(code)) {
            case TrackingLookup.Lookup.Mistyped mistyped -> {
                response.setStatus(400);
                model.addAttribute("message", mistyped.message());
            }
            case TrackingLookup.Lookup.Checked checked when checked.found().isEmpty() -> {
                response.setStatus(404);
                model.addAttribute("typed", checked.code());
                model.addAttribute("message", Messages.NOT_FOUND);
            }
            case TrackingLookup.Lookup.Checked checked -> {
                model.addAttribute("typed", checked.code());
                model.addAttribute("found", checked.found());
            }
        }
        return "public/track";
    }
}
