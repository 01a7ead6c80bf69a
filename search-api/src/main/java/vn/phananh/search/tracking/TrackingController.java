package vn.phananh.search.tracking;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phananh.web.ProblemType;
import vn.phananh.web.Problems;

/**
 * {@code GET /api/v1/public/track/{code}}: anyone with a tracking code sees the status, deadline and
 * answer of its feedback; a mistyped or unknown code is a problem with a Vietnamese detail, and too
 * many lookups from one client a 429 with {@code Retry-After}.
 */
@RestController
@RequestMapping("/api/v1/public/track")
class TrackingController {

    private final TrackingLookup lookup;
    private final LookupLimiter limiter;

    TrackingController(TrackingLookup lookup, LookupLimiter limiter) {
        this.lookup = lookup;
        this.limiter = limiter;
    }

    @GetMapping("/{code}")
    ResponseEntity<?> track(@PathVariable String code, HttpServletRequest request) throws IOException {
        Duration wait = limiter.tryTake(limiter.clientOf(request));
        if (!wait.isZero()) {
            return ResponseEntity.status(429).header(HttpHeaders.RETRY_AFTER, Long.toString(Messages.seconds(wait)))
                    .body(Problems.of(ProblemType.TOO_MANY_REQUESTS, Messages.tooMany(wait)));
        }
        return switch (lookup.lookUp(code)) {
            case TrackingLookup.Lookup.Mistyped mistyped -> Problems.response(ProblemType.INVALID_TRACKING_CODE,
                    mistyped.message());
            case TrackingLookup.Lookup.Checked checked when checked.found().isEmpty() ->
                    Problems.response(ProblemType.UNKNOWN_TRACKING_CODE, Messages.NOT_FOUND, Map.of("code", checked.code()));
            case TrackingLookup.Lookup.Checked checked -> ResponseEntity.ok(new Tracked(checked.code(), checked.found()));
        };
    }

    /** The answer: the code as written canonically and every feedback that carries it (almost always one). */
    record Tracked(String code, List<TrackedFeedback> feedback) {
    }
}
