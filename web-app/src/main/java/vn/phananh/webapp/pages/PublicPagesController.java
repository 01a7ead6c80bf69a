package vn.phananh.webapp.pages;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phananh.pages.Labels;
import vn.phananh.webapp.api.Pages;
import vn.phananh.webapp.api.SearchApi;

/**
 * The "công khai" page anyone may open (a commune links it from its Facebook page and Zalo OA):
 * answered feedback with the official answers, and each unit's on-time record. It reads only the
 * search API's public view, which never returns the author and masks both texts once more.
 */
@Controller
class PublicPagesController {

    static final int PAGE = 20;

    private final SearchApi api;
    private final Labels labels;

    PublicPagesController(SearchApi api, Labels labels) {
        this.api = api;
        this.labels = labels;
    }

    @GetMapping({ "/cong-khai", "/cong-khai/{unit}" })
    String answers(@PathVariable(required = false) String unit, @RequestParam(required = false) String cursor,
            Model model) {
        List<Pages.UnitRecord> records = api.publicUnits().stream()
                .filter(r -> unit == null || r.unitCode().equals(unit)).toList();
        model.addAttribute("unit", unit);
        model.addAttribute("title", unit == null ? "Công khai kết quả trả lời phản ánh" : "Công khai — " + labels.unit(unit));
        model.addAttribute("records", records);
        model.addAttribute("page", api.publicFeedback(unit, PAGE, cursor == null || cursor.isBlank() ? null : cursor));
        return "public/answers";
    }
}
