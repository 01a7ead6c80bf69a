package vn.phananh.search.tracking;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phananh.schema.TrackingCodes;
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
    private final CitizenRatings ratings;

    TrackingController(TrackingLookup lookup, LookupLimiter limiter, CitizenRatings ratings) {
        this.lookup = lookup;
        this.limiter = limiter;
        this.ratings = ratings;
    }

    @GetMapping("/{code}")
    ResponseEntity<?> track(@PathVariable String code, HttpServletRequest request) throws IOException {
        Duration wait = limiter.tryTake(limiter.clientOf(request));
        if (!wait.isZero()) {
            return tooMany(wait);
        }
        return switch (lookup.lookUp(code)) {
            case TrackingLookup.Lookup.Mistyped mistyped -> Problems.response(ProblemType.INVALID_TRACKING_CODE,
                    mistyped.message());
            case TrackingLookup.Lookup.Checked checked when checked.found().isEmpty() ->
                    Problems.response(ProblemType.UNKNOWN_TRACKING_CODE, Messages.NOT_FOUND, Map.of("code", checked.code()));
            case TrackingLookup.Lookup.Checked checked -> ResponseEntity.ok(new Tracked(checked.code(), checked.found()));
        };
    }

    /**
     * {@code POST /api/v1/public/track/{code}/rating} {@code {"satisfied": true, "score": 5, "comment": "…"}}:
     * the holder of the code rates the answer; 202 once Kafka holds the rating, 409 before there is an answer.
     */
    @PostMapping(path = "/{code}/rating", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> rate(@PathVariable String code, @RequestBody RatingRequest body, HttpServletRequest request)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        Duration wait = limiter.tryTake(limiter.clientOf(request));
        if (!wait.isZero()) {
            return tooMany(wait);
        }
        return switch (ratings.rate(code, body.satisfied(), body.score(), body.comment(), body.source())) {
            case CitizenRatings.Result.Accepted accepted -> ResponseEntity.accepted()
                    .body(Map.of("code", accepted.code(), "ratingId", accepted.ratingId()));
            case CitizenRatings.Result.Refused refused when refused.notFound() ->
                    Problems.response(ProblemType.UNKNOWN_TRACKING_CODE, refused.message());
            case CitizenRatings.Result.Refused refused when refused.notYet() ->
                    Problems.response(ProblemType.CONFLICT, refused.message());
            case CitizenRatings.Result.Refused refused when TrackingCodes.parse(code) instanceof TrackingCodes.Parsed.Valid ->
                    Problems.response(ProblemType.INVALID_PAYLOAD, refused.message());
            case CitizenRatings.Result.Refused refused -> Problems.response(ProblemType.INVALID_TRACKING_CODE, refused.message());
        };
    }

    /**
     * A rating as the API takes it; {@code source} says where the citizen gave it: {@code tracking-page}
     * (the web app's form) or, by default, {@code api}.
     */
    record RatingRequest(Boolean satisfied, Integer score, String comment, String source) {

        RatingRequest {
            source = "tracking-page".equals(source) ? source : "api";
        }
    }

    /** The answer: the code as written canonically and every feedback that carries it (almost always one). */
    record Tracked(String code, List<TrackedFeedback> feedback) {
    }

    /** 429 as problem details whatever the client accepts (a preset content type is not negotiated away). */
    private static ResponseEntity<?> tooMany(Duration wait) {
        return ResponseEntity.status(429).header(HttpHeaders.RETRY_AFTER, Long.toString(Messages.seconds(wait)))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(ProblemType.TOO_MANY_REQUESTS, Messages.tooMany(wait)));
    }
}
