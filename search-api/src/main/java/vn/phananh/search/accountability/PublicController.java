package vn.phananh.search.accountability;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only views for anyone, no sign-in: answered feedback and each unit's on-time record. */
@RestController
@RequestMapping("/api/v1/public")
class PublicController {

    private final PublicView view;
    private final UnitRecords records;

    PublicController(PublicView view, UnitRecords records) {
        this.view = view;
        this.records = records;
    }

    @GetMapping("/feedback")
    PublicView.PublicPage feedback(@RequestParam(required = false) List<String> unit,
            @RequestParam(required = false) List<String> topic, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String cursor) throws IOException {
        return view.answered(unit, topic, size, cursor);
    }

    @GetMapping("/units")
    List<UnitRecord> units(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to)
            throws IOException {
        return records.forPeriod(Optional.empty(), from, to);
    }
}
