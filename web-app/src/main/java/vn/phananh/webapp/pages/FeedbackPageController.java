package vn.phananh.search.web;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phananh.search.actions.StaffActions;
import vn.phananh.search.labels.LabelAccepted;
import vn.phananh.search.labels.LabelCorrections;
import vn.phananh.search.labels.LabelRequest;
import vn.phananh.search.labels.UnitPlaces;
import vn.phananh.search.query.FeedbackSearch;
import vn.phananh.search.query.FeedbackView;
import vn.phananh.search.security.Role;
import vn.phananh.search.security.Viewer;
import vn.phananh.search.system.NotFoundException;

/**
 * One feedback and the staff actions on it. Actions go through the same code as the API's, so the
 * change travels through Kafka and the stream processor: the page says it was sent, not done.
 */
@Controller
class FeedbackPageController {

    static final String SENT = "Đã gửi — trạng thái sẽ cập nhật sau vài giây";
    private static final Logger log = LoggerFactory.getLogger(FeedbackPageController.class);
    private static final String BACK = "redirect:/staff/feedback/{id}";

    private final FeedbackSearch search;
    private final StaffActions actions;
    private final LabelCorrections corrections;
    private final UnitPlaces places;

    FeedbackPageController(FeedbackSearch search, StaffActions actions, LabelCorrections corrections, UnitPlaces places) {
        this.search = search;
        this.actions = actions;
        this.corrections = corrections;
        this.places = places;
    }

    @GetMapping("/staff/feedback/{id}")
    String show(Viewer viewer, @PathVariable String id, Model model) throws IOException {
        FeedbackView feedback = search.get(viewer, id);
        model.addAttribute("f", feedback);
        model.addAttribute("canAct", viewer.isStaffOf(feedback.unitCode()));
        model.addAttribute("canCorrect", viewer.isStaffOf(feedback.unitCode())
                || (viewer.role() == Role.SUPERVISOR && viewer.canSee(feedback.unitCode())));
        model.addAttribute("places", places.placesOf(feedback.unitCode()));
        return "staff/feedback";
    }

    /**
     * The label form sends every label; only those that differ from what the page showed become the
     * correction, so an untouched label stays the machine's and keeps following re-classification.
     */
    @PostMapping("/staff/feedback/{id}/labels")
    String correct(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String topic,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String sentiment,
            @RequestParam(required = false) String urgent, @RequestParam(required = false) String placeId,
            RedirectAttributes flash) throws IOException, InterruptedException {
        FeedbackView current = search.get(viewer, id);
        String currentPlace = current.place() == null || current.place().id() == null ? "" : current.place().id();
        LabelRequest request = new LabelRequest(changed(topic, current.topic()), null, changed(kind, current.kind()),
                changed(sentiment, current.sentiment()),
                urgent == null || Boolean.parseBoolean(urgent) == current.urgent() ? null : Boolean.parseBoolean(urgent),
                changed(placeId, currentPlace));
        if (request.isEmpty()) {
            flash.addFlashAttribute("flash", "Không có nhãn nào thay đổi.");
            return BACK;
        }
        try {
            LabelAccepted accepted = corrections.correct(viewer, id, request);
            log.info("Page correction of {} on feedback {} recorded as {}", accepted.corrected(), id, accepted.correctionId());
        }
        catch (IllegalArgumentException ex) {
            flash.addFlashAttribute("error", "Nhãn không hợp lệ: " + ex.getMessage());
            return BACK;
        }
        catch (ExecutionException | TimeoutException | KafkaException ex) {
            log.warn("Page correction on feedback {} not recorded: {}", id, ex.toString());
            flash.addFlashAttribute("error", "Chưa gửi được vì hệ thống đang bận. Vui lòng thử lại sau ít phút.");
            return BACK;
        }
        flash.addFlashAttribute("flash", "Đã gửi — nhãn sẽ cập nhật sau vài giây");
        return BACK;
    }

    private static String changed(String submitted, String current) {
        return submitted == null || submitted.equals(current) ? null : submitted;
    }

    @PostMapping("/staff/feedback/{id}/{action}")
    String act(Viewer viewer, @PathVariable String id, @PathVariable String action,
            @RequestParam(required = false) String note, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String text, RedirectAttributes flash)
            throws IOException, InterruptedException {
        String problem = check(action, note, assignee, text);
        if (problem != null) {
            return refuse(flash, problem, text);
        }
        try {
            // The status change is logged where it is recorded, with the feedback and unit in the context.
            record(viewer, id, action, blankToNull(note), assignee, text);
        }
        catch (ExecutionException | TimeoutException | KafkaException ex) {
            log.warn("Page action {} not recorded: {}", action, ex.toString());
            return refuse(flash, "Chưa gửi được vì hệ thống đang bận. Vui lòng thử lại sau ít phút.", text);
        }
        flash.addFlashAttribute("flash", SENT);
        return BACK;
    }

    private String record(Viewer viewer, String id, String action, String note, String assignee, String text)
            throws IOException, ExecutionException, InterruptedException, TimeoutException {
        return switch (action) {
            case "acknowledge" -> actions.acknowledge(viewer, id, note);
            case "assign" -> actions.assign(viewer, id, assignee.strip(), note);
            case "answer" -> actions.answer(viewer, id, text.strip(), note);
            case "close" -> actions.close(viewer, id, note);
            case "spam" -> actions.markSpam(viewer, id, note);
            default -> throw new NotFoundException("No action " + action);
        };
    }

    /** The API's limits (ActionRequests), in Vietnamese; null when the form is fine. */
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

    private static String refuse(RedirectAttributes flash, String problem, String text) {
        flash.addFlashAttribute("error", problem);
        flash.addFlashAttribute("answerText", text);
        return BACK;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
