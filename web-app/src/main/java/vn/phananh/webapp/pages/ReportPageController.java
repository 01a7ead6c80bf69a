package vn.phananh.webapp.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.phananh.schema.FeedbackClock;
import vn.phananh.webapp.api.SearchApi;

/**
 * The periodic review report ("sơ kết") as a printable page and its PDF, for staff of the unit
 * and its supervisors: the search API's report and the PDF it makes.
 */
@Controller
class ReportPageController {

    static final String PATH = "/so-ket";

    private final SearchApi api;
    private final Clock clock = Clock.systemUTC();

    ReportPageController(SearchApi api) {
        this.api = api;
    }

    /** The chooser's target: the report of the unit and period chosen, by default the viewer's first unit this month. */
    @GetMapping(PATH)
    String choose(@RequestParam(required = false) String unit, @RequestParam(required = false) String period) {
        List<String> visible = api.me().unitCodes();
        String chosen = unit != null && !unit.isBlank() ? unit : visible.isEmpty() ? "" : visible.getFirst();
        String label = period != null && !period.isBlank() ? period : thisMonth();
        return "redirect:" + UriComponentsBuilder.fromPath(PATH + "/{unit}").queryParam("period", label)
                .buildAndExpand(chosen).encode().toUriString();
    }

    @GetMapping(PATH + "/{unit}")
    String page(@PathVariable String unit, @RequestParam(required = false) String period, Model model) {
        model.addAttribute("report", api.report(unit, period == null || period.isBlank() ? thisMonth() : period));
        model.addAttribute("print", false);
        model.addAttribute("units", api.me().unitCodes());
        return "report/report";
    }

    @GetMapping(PATH + "/{unit}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String unit, @RequestParam String period) {
        ResponseEntity<byte[]> made = api.reportPdf(unit, period);
        return ResponseEntity.ok().headers(h -> {
            h.setContentType(made.getHeaders().getContentType());
            h.setContentDisposition(made.getHeaders().getContentDisposition());
        }).body(made.getBody());
    }

    private String thisMonth() {
        LocalDate today = LocalDate.now(clock.withZone(FeedbackClock.UNIT_ZONE));
        return "%04d-%02d".formatted(today.getYear(), today.getMonthValue());
    }
}
