package vn.phananh.webapp.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phananh.webapp.api.SearchApi;

/**
 * The form under an answered feedback where the one-stop desk's clerk records the rating a visitor
 * gives in person (hài lòng / chưa hài lòng, optionally 1–5 and a comment), sent to
 * {@code POST /api/v1/feedback/{id}/rating} with the clerk's token; the API keeps it to staff of
 * the feedback's unit and refuses it (409) before there is an answer.
 */
@Controller
class DeskRatingPageController {

    static final String RECORDED = "Đã ghi nhận đánh giá của người dân — sẽ hiện trên phản ánh sau vài giây.";
    private static final Logger log = LoggerFactory.getLogger(DeskRatingPageController.class);
    private static final String BACK = "redirect:/staff/feedback/{id}";
    private static final int MAX_COMMENT = 1000;

    private final SearchApi api;

    DeskRatingPageController(SearchApi api) {
        this.api = api;
    }

    @PostMapping("/staff/feedback/{id}/rating")
    String rate(@PathVariable String id, @RequestParam(name = "hai-long", required = false) String satisfied,
            @RequestParam(name = "diem", required = false) String score,
            @RequestParam(name = "y-kien", required = false) String comment, RedirectAttributes flash) {
        String problem = check(satisfied, score, comment);
        if (problem != null) {
            flash.addFlashAttribute("error", problem);
            return BACK;
        }
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("satisfied", "co".equals(satisfied));
        rating.put("score", score == null || score.isBlank() ? null : Integer.parseInt(score.strip()));
        rating.put("comment", comment == null || comment.isBlank() ? null : comment.strip());
        try {
            api.rateAtDesk(id, rating);
            log.info("Desk rating of feedback {} sent", id);
            flash.addFlashAttribute("flash", RECORDED);
        }
        catch (HttpClientErrorException.Conflict | HttpClientErrorException.BadRequest ex) {
            flash.addFlashAttribute("error", FeedbackPageController.detail(ex));
        }
        catch (RestClientResponseException | ResourceAccessException ex) {
            if (ex instanceof RestClientResponseException r && r.getStatusCode().is4xxClientError()) {
                throw ex;
            }
            log.warn("Desk rating of feedback {} not recorded: {}", id, ex.toString());
            flash.addFlashAttribute("error", FeedbackPageController.BUSY);
        }
        return BACK;
    }

    /** The API's limits, in Vietnamese; null when the form is fine. */
    static String check(String satisfied, String score, String comment) {
        if (!"co".equals(satisfied) && !"khong".equals(satisfied)) {
            return "Vui lòng chọn Hài lòng hoặc Chưa hài lòng.";
        }
        if (score != null && !score.isBlank() && !score.strip().matches("[1-5]")) {
            return "Điểm đánh giá từ 1 đến 5.";
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            return "Ý kiến tối đa " + MAX_COMMENT + " ký tự.";
        }
        return null;
    }
}
