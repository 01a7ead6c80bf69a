package vn.phananh.search.labels;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.phananh.search.security.Viewer;

/** Staff correct a feedback's labels; 202 once the correction is safely in Kafka. */
@RestController
class LabelsController {

    private final LabelCorrections corrections;

    LabelsController(LabelCorrections corrections) {
        this.corrections = corrections;
    }

    @PutMapping("/api/v1/feedback/{id}/labels")
    @ResponseStatus(HttpStatus.ACCEPTED)
    LabelAccepted correct(Viewer viewer, @PathVariable String id, @Valid @RequestBody LabelRequest body) throws Exception {
        return corrections.correct(viewer, id, body);
    }
}
