package vn.phananh.webapp.pages;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phananh.schema.MessageLog;
import vn.phananh.webapp.api.AccessTokens;
import vn.phananh.webapp.api.Me;
import vn.phananh.webapp.api.SearchApi;

/**
 * The one-stop desk form. The page forwards it server-side to the ingest service with the staff
 * member's own access token; on an error the form comes back with what was typed and the same
 * idempotency key, so sending again cannot record the message twice.
 */
@Controller
class DeskPageController {

    private static final Logger log = LoggerFactory.getLogger(DeskPageController.class);

    private final DeskClient desk;
    private final AccessTokens tokens;
    private final SearchApi api;

    DeskPageController(DeskClient desk, AccessTokens tokens, SearchApi api) {
        this.desk = desk;
        this.tokens = tokens;
        this.api = api;
    }

    @GetMapping("/staff/desk")
    String form(Model model) {
        List<String> units = units(api.me());
        model.addAttribute("form", DeskForm.blank(units.isEmpty() ? null : units.getFirst()));
        model.addAttribute("deskUnits", units);
        return "staff/desk";
    }

    @PostMapping("/staff/desk")
    String submit(DeskForm form, Model model, RedirectAttributes flash) {
        Me viewer = api.me();
        List<String> units = units(viewer);
        if (form.unit() == null || !viewer.isStaffOf(form.unit())) {
            throw new AccessDeniedException("Not a unit of the staff member");
        }
        String problem = form.problem();
        DeskClient.DeskOutcome outcome = problem == null ? send(form) : null;
        if (outcome != null && outcome.ok()) {
            try (var scope = MessageLog.of(outcome.feedbackId(), form.unit())) {
                log.info("Desk form recorded");
            }
            // The visitor leaves with the tracking code (the receipt); the feedback id is for staff.
            flash.addFlashAttribute("flash", "Đã ghi nhận phản ánh của người dân"
                    + (outcome.trackingCode() == null ? "" : ". Mã tra cứu cho người dân: " + outcome.trackingCode()
                            + " (tra cứu tại trang /tra-cuu)")
                    + (outcome.feedbackId() == null ? "." : " — mã hồ sơ " + outcome.feedbackId() + "."));
            return "redirect:/staff/desk";
        }
        model.addAttribute("form", form);
        model.addAttribute("deskUnits", units);
        model.addAttribute("error", problem != null ? problem : outcome.failure().message);
        return "staff/desk";
    }

    private DeskClient.DeskOutcome send(DeskForm form) {
        try {
            return desk.submit(tokens.current(), form);
        }
        catch (AccessTokens.SignedOutException ex) {
            return DeskClient.DeskOutcome.failed(DeskClient.DeskOutcome.Failure.SIGNED_OUT);
        }
    }

    /** The units the viewer records for, sorted. */
    private static List<String> units(Me viewer) {
        return viewer.staffOf().stream().sorted().toList();
    }
}
