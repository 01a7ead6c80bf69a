package vn.phananh.search.tracking;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "tra cứu" page anyone may open: type the tracking code from the receipt or the reply and see
 * where the feedback stands, and rate the answer once there is one. Shares the API's lookup and its
 * per-client limit.
 */
@Controller
class TrackingPageController {

    private final TrackingLookup lookup;
    private final LookupLimiter limiter;
    private final CitizenRatings ratings;

    TrackingPageController(TrackingLookup lookup, LookupLimiter limiter, CitizenRatings ratings) {
        this.lookup = lookup;
        this.limiter = limiter;
        this.ratings = ratings;
    }

    /** The rating form under an answer: hài lòng / chưa hài lòng, optionally 1–5 and a comment. */
    @PostMapping("/tra-cuu/danh-gia")
    String rate(@RequestParam(name = "ma", required = false) String code,
            @RequestParam(name = "hai-long", required = false) String satisfied,
            @RequestParam(name = "diem", required = false) String score,
            @RequestParam(name = "y-kien", required = false) String comment, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) throws Exception {
        Duration wait = limiter.tryTake(limiter.clientOf(request));
        if (!wait.isZero()) {
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Messages.seconds(wait)));
            model.addAttribute("title", "Tra cứu phản ánh");
            model.addAttribute("typed", code == null ? "" : code.strip());
            model.addAttribute("message", Messages.tooMany(wait));
            return "public/track";
        }
        Boolean yes = "co".equals(satisfied) ? Boolean.TRUE : "khong".equals(satisfied) ? Boolean.FALSE : null;
        Integer points = score == null || score.isBlank() ? null : parseScore(score);
        var result = points != null && points == 0 ? new CitizenRatings.Result.Refused("Điểm đánh giá từ 1 đến 5.", false, false)
                : ratings.rate(code, yes, points, comment, "tracking-page");
        String target = code == null ? "" : code.strip();
        if (result instanceof CitizenRatings.Result.Accepted accepted) {
            flash.addFlashAttribute("flash", "Cảm ơn bạn đã đánh giá. Đánh giá của bạn đã được ghi nhận.");
            target = accepted.code();
        }
        else if (result instanceof CitizenRatings.Result.Refused refused) {
            flash.addFlashAttribute("ratingError", refused.message());
        }
        return "redirect:/tra-cuu?ma=" + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8);
    }

    // 0 stands for "not a score from 1 to 5".
    private static int parseScore(String score) {
        try {
            int value = Integer.parseInt(score.strip());
            return value >= 1 && value <= 5 ? value : 0;
        }
        catch (NumberFormatException ex) {
            return 0;
        }
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
