package vn.phananh.search.web;

import java.io.IOException;
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
import vn.phananh.search.report.PeriodicReports;
import vn.phananh.search.report.ReportPdf;
import vn.phananh.search.report.ReportPeriod;
import vn.phananh.search.security.Viewer;
import vn.phananh.units.UnitRegistry;

/**
 * The periodic review report ("sơ kết") as a printable page and its PDF, for staff of the unit
 * and its supervisors; the same report the API answers.
 */
@Controller
class ReportPageController {

    static final String PATH = "/so-ket";

    private final PeriodicReports reports;
    private final ReportPdf pdf;
    private final UnitRegistry units;
    private final Clock clock;

    ReportPageController(PeriodicReports reports, ReportPdf pdf, UnitRegistry units, Clock clock) {
        this.reports = reports;
        this.pdf = pdf;
        this.units = units;
        this.clock = clock;
    }

    /** The chooser's target: the report of the unit and period chosen, by default the viewer's first unit this month. */
    @GetMapping(PATH)
    String choose(Viewer viewer, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String period) {
        List<String> visible = visibleUnits(viewer);
        String chosen = unit != null && !unit.isBlank() ? unit : visible.isEmpty() ? "" : visible.getFirst();
        String label = period != null && !period.isBlank() ? period : thisMonth();
        return "redirect:" + UriComponentsBuilder.fromPath(PATH + "/{unit}").queryParam("period", label)
                .buildAndExpand(chosen).encode().toUriString();
    }

    @GetMapping(PATH + "/{unit}")
    String page(Viewer viewer, @PathVariable String unit, @RequestParam(required = false) String period, Model model)
            throws IOException {
        ReportPeriod chosen = ReportPeriod.parse(period == null || period.isBlank() ? thisMonth() : period);
        model.addAttribute("report", reports.report(viewer, unit, chosen));
        model.addAttribute("print", false);
        model.addAttribute("units", visibleUnits(viewer));
        return "report/report";
    }

    @GetMapping(PATH + "/{unit}/pdf")
    ResponseEntity<byte[]> pdf(Viewer viewer, @PathVariable String unit, @RequestParam String period)
            throws IOException {
        return pdf.download(reports.report(viewer, unit, ReportPeriod.parse(period)));
    }

    private List<String> visibleUnits(Viewer viewer) {
        return units.current().all().stream().map(u -> u.code()).filter(viewer::canSee).sorted().toList();
    }

    private String thisMonth() {
        LocalDate today = LocalDate.now(clock.withZone(FeedbackClock.UNIT_ZONE));
        return "%04d-%02d".formatted(today.getYear(), today.getMonthValue());
    }
}
