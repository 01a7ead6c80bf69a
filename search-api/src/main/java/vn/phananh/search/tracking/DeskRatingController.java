package vn.phananh.search.tracking;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.phananh.search.security.Viewer;
import vn.phananh.web.ProblemType;
import vn.phananh.web.Problems;

/**
 * {@code POST /api/v1/feedback/{id}/rating} {@code {"satisfied": false, "score": 2, "comment": "…"}}: the
 * clerk records the rating a visitor gives at the one-stop desk (staff of the unit; 202 once Kafka holds
 * it, 409 before there is an answer). The citizen's own channels are the tracking page and the chat buttons.
 */
@RestController
class DeskRatingController {

    private final CitizenRatings ratings;

    DeskRatingController(CitizenRatings ratings) {
        this.ratings = ratings;
    }

    /** The feedback, its tracking code (none on feedback older than codes) and the rating's id. */
    private static Map<String, String> accepted(String id, CitizenRatings.Result.Accepted accepted) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("feedbackId", id);
        body.put("code", accepted.code());
        body.put("ratingId", accepted.ratingId());
        return body;
    }

    @PostMapping(path = "/api/v1/feedback/{id}/rating", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> rate(Viewer viewer, @PathVariable String id, @RequestBody TrackingController.RatingRequest body)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        return switch (ratings.rateAtDesk(viewer, id, body.satisfied(), body.score(), body.comment())) {
            case CitizenRatings.Result.Accepted accepted -> ResponseEntity.accepted()
                    .body(accepted(id, accepted));
            case CitizenRatings.Result.Refused refused when refused.notYet() ->
                    Problems.response(ProblemType.CONFLICT, refused.message());
            case CitizenRatings.Result.Refused refused -> Problems.response(ProblemType.INVALID_PAYLOAD, refused.message());
        };
    }
}
