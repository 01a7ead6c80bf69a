package vn.phananh.search.report;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phananh.search.security.Viewer;

/** The periodic review report ("sơ kết") of one unit, as JSON and as a PDF. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportController {

    private final PeriodicReports reports;
    private final ReportPdf pdf;

    ReportController(PeriodicReports reports, ReportPdf pdf) {
        this.reports = reports;
        this.pdf = pdf;
    }

    /** {@code period}: a month {@code 2026-11}, a quarter {@code 2026-Q4} or a year {@code 2026}. */
    @GetMapping(path = "/{unit}", produces = MediaType.APPLICATION_JSON_VALUE)
    PeriodicReport report(Viewer viewer, @PathVariable String unit, @RequestParam String period) throws IOException {
        return reports.report(viewer, unit, ReportPeriod.parse(period));
    }

    /** The same report as a printable PDF (A4, Vietnamese text in an embedded font). */
    @GetMapping(path = "/{unit}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(Viewer viewer, @PathVariable String unit, @RequestParam String period)
            throws IOException {
        PeriodicReport report = reports.report(viewer, unit, ReportPeriod.parse(period));
        return pdf.download(report);
    }
}
