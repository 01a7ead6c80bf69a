package vn.phananh.ingest.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A trivial endpoint that only answers 202, so a benchmark can measure the HTTP ceiling of this
 * very service next to its real endpoints. Exists only when {@code phananh.ingest.bench.noop-enabled}.
 */
@RestController
@ConditionalOnBooleanProperty("phananh.ingest.bench.noop-enabled")
class NoopBenchmarkEndpoint {

    @PostMapping("/bench/noop")
    ResponseEntity<Void> noop() {
        return ResponseEntity.accepted().build();
    }
}
