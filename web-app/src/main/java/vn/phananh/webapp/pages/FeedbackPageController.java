package vn.phananh.webapp.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phananh.webapp.api.FeedbackView;
import vn.phananh.webapp.api.Me;
import vn.phananh.webapp.api.SearchApi;

/**
 * One feedback and the staff actions on it, all through the search API with the person's token.
 * An action travels through Kafka and the stream processor: the page says it was sent, not done.
 */
@Controller
class FeedbackPageController {

    static final String SENT = "Đã gửi — trạng thái sẽ cập nhật sau vài giây";
    static final String BUSY = "Chưa gửi được vì hệ thống đang bận. Vui lòng thử lại sau ít phút.";
    private static final Logger log = LoggerFactory.getLogger(FeedbackPageController.class);
    private static final String BACK = "redirect:/staff/feedback/{id}";
    private static final Set<String> ACTIONS = Set.of("acknowledge", "assign", "answer", "close", "spam");

    private final SearchApi api;

    FeedbackPageController(SearchApi api) {
        this.api = api;
    }

    @GetMapping("/staff/feedback/{id}")
    String show(@PathVariable String id, Model model) {
        FeedbackView feedback = api.feedback(id);
        Me viewer = api.me();
        model.addAttribute("f", feedback);
        model.addAttribute("canAct", viewer.isStaffOf(feedback.unitCode()));
        model.addAttribute("canCorrect", viewer.isStaffOf(feedback.unitCode())
                || ("SUPERVISOR".equals(viewer.role()) && viewer.canSee(feedback.unitCode())));
        model.addAttribute("places", api.unitPlaces(feedback.unitCode()));
        return "staff/feedback";
    }

    /**
     * The label form sends every label; only those that differ from what the page showed become the
     * correction, so an untouched label stays the machine's and keeps following re-classification.
     */
    @PostMapping("/staff/feedback/{id}/labels")
    String correct(@PathVariable String id, @RequestParam(required = false) String topic,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String sentiment,
            @RequestParam(required = false) String urgent, @RequestParam(required = false) String placeId,
            RedirectAttributes flash) {
        FeedbackView current = api.feedback(id);
        String currentPlace = current.place() == null || current.place().id() == null ? "" : current.place().id();
        Map<String, Object> request = new LinkedHashMap<>();
        putChanged(request, "topic", topic, current.topic());
        putChanged(request, "kind", kind, current.kind());
        putChanged(request, "sentiment", sentiment, current.sentiment());
        if (urgent != null && Boolean.parseBoolean(urgent) != current.urgent()) {
            request.put("urgent", Boolean.parseBoolean(urgent));
        }
        putChanged(request, "placeId", placeId, currentPlace);
        if (request.isEmpty()) {
            flash.addFlashAttribute("flash", "Không có nhãn nào thay đổi.");
            return BACK;
        }
        try {
            api.correctLabels(id, request);
            log.info("Page correction of {} on feedback {} sent", request.keySet(), id);
        }
        catch (HttpClientErrorException.BadRequest ex) {
            flash.addFlashAttribute("error", "Nhãn không hợp lệ: " + detail(ex));
            return BACK;
        }
        catch (RestClientResponseException | ResourceAccessException ex) {
            if (ex instanceof RestClientResponseException r && r.getStatusCode().is4xxClientError()) {
                throw ex;
            }
            log.warn("Page correction on feedback {} not recorded: {}", id, ex.toString());
            flash.addFlashAttribute("error", BUSY);
            return BACK;
        }
        flash.addFlashAttribute("flash", "Đã gửi — nhãn sẽ cập nhật sau vài giây");
        return BACK;
    }

    private static void putChanged(Map<String, Object> request, String name, String submitted, String current) {
        if (submitted != null && !submitted.equals(current)) {
            request.put(name, submitted);
        }
    }

    @PostMapping("/staff/feedback/{id}/{action}")
    String act(@PathVariable String id, @PathVariable String action, @RequestParam(required = false) String note,
            @RequestParam(required = false) String assignee, @RequestParam(required = false) String text,
            RedirectAttributes flash) {
        if (!ACTIONS.contains(action)) {
            throw new PageNotFoundException();
        }
        String problem = check(action, note, assignee, text);
        if (problem != null) {
            return refuse(flash, problem, text);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (note != null && !note.isBlank()) {
            body.put("note", note.strip());
        }
        if ("assign".equals(action)) {
            body.put("assignee", assignee.strip());
        }
        if ("answer".equals(action)) {
            body.put("text", text.strip());
        }
        try {
            api.act(id, action, body);
        }
        catch (RestClientResponseException | ResourceAccessException ex) {
            if (ex instanceof RestClientResponseException r && r.getStatusCode().is4xxClientError()) {
                throw ex;
            }
            log.warn("Page action {} on feedback {} not recorded: {}", action, id, ex.toString());
            return refuse(flash, BUSY, text);
        }
        flash.addFlashAttribute("flash", SENT);
        return BACK;
    }

    /** The API's limits (its action bodies), in Vietnamese; null when the form is fine. */
    static String check(String action, String note, String assignee, String text) {
        if (note != null && note.length() > 2000) {
            return "Ghi chú dài quá 2.000 ký tự.";
        }
        if ("assign".equals(action) && (assignee == null || assignee.isBlank() || assignee.length() > 200)) {
            return "Vui lòng nhập người hoặc bộ phận được giao (tối đa 200 ký tự).";
        }
        if ("answer".equals(action) && (text == null || text.isBlank())) {
            return "Vui lòng nhập nội dung trả lời.";
        }
        if ("answer".equals(action) && text.length() > 5000) {
            return "Nội dung trả lời dài quá 5.000 ký tự.";
        }
        return null;
    }

    /** The problem's detail as the API wrote it. */
    static String detail(RestClientResponseException ex) {
        try {
            ProblemDetail problem = ex.getResponseBodyAs(ProblemDetail.class);
            return problem == null || problem.getDetail() == null ? ex.getStatusText() : problem.getDetail();
        }
        catch (RuntimeException unreadable) {
            return ex.getStatusText();
        }
    }

    private static String refuse(RedirectAttributes flash, String problem, String text) {
        flash.addFlashAttribute("error", problem);
        flash.addFlashAttribute("answerText", text);
        return BACK;
    }
}
