package vn.phananh.search.query;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.phananh.search.security.Viewer;

/** Search, read and export feedback of the units the viewer may see. */
@RestController
@RequestMapping("/api/v1/feedback")
class FeedbackController {

    private final FeedbackSearch search;
    private final CsvExport export;

    FeedbackController(FeedbackSearch search, CsvExport export) {
        this.search = search;
        this.export = export;
    }

    @GetMapping
    SearchPage search(Viewer viewer, FeedbackFilter filter) throws IOException {
        return search.search(viewer, filter.checked());
    }

    @GetMapping("/export.csv")
    ResponseEntity<StreamingResponseBody> export(Viewer viewer, FeedbackFilter filter) {
        FeedbackFilter checked = filter.checked();
        StreamingResponseBody body = out -> export.write(viewer, checked, out);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"feedback.csv\"").body(body);
    }

    @GetMapping("/{id}")
    FeedbackView get(Viewer viewer, @PathVariable String id) throws IOException {
        return search.get(viewer, id);
    }
}
