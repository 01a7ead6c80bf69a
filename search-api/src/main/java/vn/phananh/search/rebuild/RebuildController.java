package vn.phananh.search.rebuild;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admin only (see the security rules): rebuild the feedback index from Kafka, and watch it. */
@RestController
@RequestMapping("/api/v1/admin/rebuild-index")
class RebuildController {

    private final IndexRebuild rebuild;

    RebuildController(IndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    RebuildStatus start() throws IOException {
        return rebuild.start();
    }

    @GetMapping
    RebuildStatus status() {
        return rebuild.status();
    }
}
