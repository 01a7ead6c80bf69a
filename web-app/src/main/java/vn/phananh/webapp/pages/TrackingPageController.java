package vn.phananh.webapp.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phananh.webapp.api.Pages;
import vn.phananh.webapp.api.SearchApi;

/**
 * The "tra cứu" page anyone may open: type the tracking code from the receipt or the reply and see
 * where the feedback stands, and rate the answer once there is one. Both go to the search API's
 * public tracking endpoints, which name the browser's address (as this service saw it) for their
 * per-client limit, and whose Vietnamese refusals the page shows as they are.
 */
@Controller
class TrackingPageController {

    static final String TITLE = "Tra cứu phản ánh";

    private final SearchApi api;

    TrackingPageController(SearchApi api) {
        this.api = api;
    }

    /** The rating form under an answer: hài lòng / chưa hài lòng, optionally 1–5 and a comment. */
    @PostMapping("/tra-cuu/danh-gia")
    String rate(@RequestParam(name = "ma", required = false) String code,
            @RequestParam(name = "hai-long", required = false) String satisfied,
            @RequestParam(name = "diem", required = false) String score,
            @RequestParam(name = "y-kien", required = false) String comment, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        String target = code == null ? "" : code.strip();
        Integer points = score == null || score.isBlank() ? null : parseScore(score);
        if (points != null && points == 0) {
            flash.addFlashAttribute("ratingError", "Điểm đánh giá từ 1 đến 5.");
            return back(target);
        }
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("satisfied", "co".equals(satisfied) ? Boolean.TRUE : "khong".equals(satisfied) ? Boolean.FALSE : null);
        rating.put("score", points);
        rating.put("comment", comment);
        rating.put("source", "tracking-page");
        try {
            api.rate(target.isEmpty() ? "-" : target, rating, request.getRemoteAddr());
            flash.addFlashAttribute("flash", "Cảm ơn bạn đã đánh giá. Đánh giá của bạn đã được ghi nhận.");
        }
        catch (HttpClientErrorException.TooManyRequests ex) {
            tooMany(ex, response, model, target);
            return "public/track";
        }
        catch (HttpClientErrorException ex) {
            flash.addFlashAttribute("ratingError", FeedbackPageController.detail(ex));
        }
        return back(target);
    }

    @GetMapping("/tra-cuu")
    String track(@RequestParam(name = "ma", required = false) String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        model.addAttribute("title", TITLE);
        model.addAttribute("typed", code == null ? "" : code.strip());
        if (code == null || code.isBlank()) {
            return "public/track";
        }
        try {
            Pages.Tracked tracked = api.track(code.strip(), request.getRemoteAddr());
            model.addAttribute("typed", tracked.code());
            model.addAttribute("found", tracked.feedback());
        }
        catch (HttpClientErrorException.TooManyRequests ex) {
            tooMany(ex, response, model, code.strip());
        }
        catch (HttpClientErrorException.BadRequest | HttpClientErrorException.NotFound ex) {
            response.setStatus(ex.getStatusCode().value());
            model.addAttribute("message", FeedbackPageController.detail(ex));
        }
        return "public/track";
    }

    private static void tooMany(HttpClientErrorException ex, HttpServletResponse response, Model model, String typed) {
        response.setStatus(429);
        String wait = ex.getResponseHeaders() == null ? null : ex.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        if (wait != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, wait);
        }
        model.addAttribute("title", TITLE);
        model.addAttribute("typed", typed);
        model.addAttribute("message", FeedbackPageController.detail(ex));
    }

    private static String back(String code) {
        return "redirect:/tra-cuu?ma=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
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
}
