package vn.phananh.webapp.pages;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.phananh.webapp.api.SearchApi;

/**
 * The button "Trả lời chung" of the feedback page: one answer for every member of the feedback's
 * near-duplicate cluster that still owes one (the API's {@code POST /api/v1/clusters/{id}/answer}).
 */
@Controller
class ClusterPageController {

    private static final Logger log = LoggerFactory.getLogger(ClusterPageController.class);

    private final SearchApi api;

    ClusterPageController(SearchApi api) {
        this.api = api;
    }

    @PostMapping("/staff/clusters/{clusterId}/answer")
    String answer(@PathVariable String clusterId, @RequestParam String from,
            @RequestParam(required = false) String text, RedirectAttributes flash) {
        String back = "redirect:" + UriComponentsBuilder.fromPath("/staff/feedback/{id}").buildAndExpand(from)
                .encode().toUriString();
        String problem = FeedbackPageController.check("answer", null, null, text);
        if (problem != null) {
            flash.addFlashAttribute("error", problem);
            return back;
        }
        try {
            var done = api.answerCluster(clusterId, text.strip());
            flash.addFlashAttribute("flash", "Đã gửi trả lời cho " + done.answered().size()
                    + " phản ánh cùng nội dung — trạng thái sẽ cập nhật sau vài giây");
        }
        catch (RestClientResponseException | ResourceAccessException ex) {
            if (ex instanceof RestClientResponseException r && r.getStatusCode().is4xxClientError()) {
                throw ex;
            }
            log.warn("Cluster answer not recorded: {}", ex.toString());
            flash.addFlashAttribute("error", FeedbackPageController.BUSY);
        }
        return back;
    }
}
