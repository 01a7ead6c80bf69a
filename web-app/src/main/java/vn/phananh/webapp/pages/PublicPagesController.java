package vn.phananh.search.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phananh.search.accountability.AccountabilityReports;
import vn.phananh.search.accountability.UnitRecord;

/**
 * The "công khai" page anyone may open (a commune links it from its Facebook page and Zalo OA):
 * answered feedback with the official answers, and each unit's on-time record. It reads only the
 * public view, which never returns the author and masks both texts once more.
 */
@Controller
class PublicPagesController {

    static final int PAGE = 20;

    private final AccountabilityReports reports;
    private final Labels labels;

    PublicPagesController(AccountabilityReports reports, Labels labels) {
        this.reports = reports;
        this.labels = labels;
    }

    @GetMapping({ "/cong-khai", "/cong-khai/{unit}" })
    String answers(@PathVariable(required = false) String unit, @RequestParam(required = false) String cursor,
            Model model) throws IOException {
        List<String> units = unit == null ? List.of() : List.of(unit);
        List<UnitRecord> records = reports.units(Optional.empty(), null, null).stream()
                .filter(r -> unit == null || r.unitCode().equals(unit)).toList();
        model.addAttribute("unit", unit);
        model.addAttribute("title", unit == null ? "Công khai kết quả trả lời phản ánh" : "Công khai — " + labels.unit(unit));
        model.addAttribute("records", records);
        model.addAttribute("page", reports.answered(units, PAGE, cursor));
        return "public/answers";
    }
}
