package vn.phananh.search.accountability;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phananh.search.query.FeedbackFilter;
import vn.phananh.search.query.FeedbackQueries;
import vn.phananh.search.query.FeedbackSearch;
import vn.phananh.search.query.SearchPage;
import vn.phananh.search.security.Viewer;

/** Accountability of the units the viewer may see. */
@RestController
@RequestMapping("/api/v1/accountability")
class AccountabilityController {

    private final UnitRecords records;
    private final FeedbackSearch search;

    AccountabilityController(UnitRecords records, FeedbackSearch search) {
        this.records = records;
        this.search = search;
    }

    @GetMapping
    List<UnitRecord> units(Viewer viewer, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to) throws IOException {
        return records.forPeriod(FeedbackQueries.visibleTo(viewer), from, to);
    }

    /** Feedback past its deadline without an answer, most overdue first. */
    @GetMapping("/overdue")
    SearchPage overdue(Viewer viewer, @RequestParam(required = false) List<String> unit,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String cursor)
            throws IOException {
        return search.search(viewer, new FeedbackFilter(null, unit, null, null, null, null, null, null, null, null,
                true, null, null, "deadline", size, cursor, null));
    }
}
