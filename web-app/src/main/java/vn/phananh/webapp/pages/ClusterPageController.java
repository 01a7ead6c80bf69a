package vn.phananh.search.web;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.phananh.search.actions.ClusterAnswers;
import vn.phananh.search.security.Viewer;

/**
 * The button "Trả lời chung" of the feedback page: one answer for every member of the feedback's
 * near-duplicate cluster that still owes one (the API's {@code POST /api/v1/clusters/{id}/answer}).
 */
@Controller
class ClusterPageController {

    private static final Logger log = LoggerFactory.getLogger(ClusterPageController.class);

    private final ClusterAnswers answers;

    ClusterPageController(ClusterAnswers answers) {
        this.answers = answers;
    }

    @PostMapping("/staff/clusters/{clusterId}/answer")
    String answer(Viewer viewer, @PathVariable String clusterId, @RequestParam String from,
            @RequestParam(required = false) String text, RedirectAttributes flash)
            throws IOException, InterruptedException {
        String back = "redirect:" + UriComponentsBuilder.fromPath("/staff/feedback/{id}").buildAndExpand(from)
                .encode().toUriString();
        String problem = FeedbackPageController.check("answer", null, null, text);
        if (problem != null) {
            flash.addFlashAttribute("error", problem);
            return back;
        }
        try {
            var done = answers.answer(viewer, clusterId, text.strip(), null);
            flash.addFlashAttribute("flash", "Đã gửi trả lời cho " + done.answered().size()
                    + " phản ánh cùng nội dung — trạng thái sẽ cập nhật sau vài giây");
        }
        catch (ExecutionException | TimeoutException | KafkaException ex) {
            log.warn("Cluster answer not recorded: {}", ex.toString());
            flash.addFlashAttribute("error", "Chưa gửi được vì hệ thống đang bận. Vui lòng thử lại sau ít phút.");
        }
        return back;
    }
}
