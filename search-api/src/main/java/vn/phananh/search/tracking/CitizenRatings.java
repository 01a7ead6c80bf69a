package vn.phananh.search.tracking;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import vn.phananh.avro.Rating;
import vn.phananh.schema.MessageLog;
import vn.phananh.schema.TrackingCodes;
import vn.phananh.search.indexing.FeedbackDocument;
import vn.phananh.search.query.FeedbackSearch;
import vn.phananh.search.security.Viewer;
import vn.phananh.search.system.SearchProperties;

/**
 * A citizen rates the answer to their feedback by its tracking code: hài lòng or chưa hài lòng,
 * optionally 1–5 and a comment. The rating is a record on {@code feedback.ratings.v1}, answered
 * only once Kafka holds it; the processor joins it into the feedback (a later one replaces it).
 */
@Service
public class CitizenRatings {

    static final int MAX_COMMENT = 1000;
    private static final String NOT_ANSWERED =
            "Phản ánh này chưa có trả lời chính thức; bạn có thể đánh giá khi đã có trả lời.";
    private static final Logger log = LoggerFactory.getLogger(CitizenRatings.class);

    private final TrackingLookup lookup;
    private final FeedbackSearch search;
    private final KafkaTemplate<String, Rating> template;
    private final String topic;
    private final Clock clock;

    CitizenRatings(TrackingLookup lookup, FeedbackSearch search, KafkaTemplate<String, Rating> ratingTemplate,
            SearchProperties properties, Clock clock) {
        this.lookup = lookup;
        this.search = search;
        this.template = ratingTemplate;
        this.topic = properties.topics().ratings();
        this.clock = clock;
    }

    /** What became of a rating. */
    public sealed interface Result {
        record Accepted(String code, String ratingId) implements Result {
        }

        /** Refused; {@code message} is what to tell the citizen, {@code notFound} whether the code is unknown. */
        record Refused(String message, boolean notFound, boolean notYet) implements Result {
        }
    }

    /**
     * The visitor at the one-stop desk rates the answer and the clerk records it (source {@code desk}):
     * staff of the feedback's unit only, the feedback read within the viewer's units.
     */
    public Result rateAtDesk(Viewer viewer, String feedbackId, Boolean satisfied, Integer score, String comment)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        FeedbackDocument feedback = search.document(viewer, feedbackId);
        if (!viewer.isStaffOf(feedback.unitCode())) {
            throw new AccessDeniedException("Only staff of the owning unit may record a rating");
        }
        Optional<Result.Refused> invalid = invalid(satisfied, score, comment);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        if (feedback.answer() == null) {
            return new Result.Refused(NOT_ANSWERED, false, true);
        }
        var rated = new TrackingLookup.Rated(feedback.feedbackId(), feedback.unitCode(), true);
        return new Result.Accepted(feedback.trackingCode(), publish(rated, satisfied, score, comment, "desk"));
    }

    public Result rate(String typedCode, Boolean satisfied, Integer score, String comment, String source)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        if (!(TrackingCodes.parse(typedCode) instanceof TrackingCodes.Parsed.Valid valid)) {
            return new Result.Refused(TrackingCodes.parse(typedCode) instanceof TrackingCodes.Parsed.WrongCheck
                    ? Messages.WRONG_CHECK : Messages.MALFORMED, false, false);
        }
        Optional<Result.Refused> invalid = invalid(satisfied, score, comment);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        Optional<TrackingLookup.Rated> rated = lookup.ratedBy(valid.code());
        if (rated.isEmpty()) {
            return new Result.Refused(Messages.NOT_FOUND, true, false);
        }
        if (!rated.get().answered()) {
            return new Result.Refused(NOT_ANSWERED, false, true);
        }
        return new Result.Accepted(valid.code(), publish(rated.get(), satisfied, score, comment, source));
    }

    private static Optional<Result.Refused> invalid(Boolean satisfied, Integer score, String comment) {
        if (satisfied == null) {
            return Optional.of(new Result.Refused("Vui lòng chọn Hài lòng hoặc Chưa hài lòng.", false, false));
        }
        if (score != null && (score < 1 || score > 5)) {
            return Optional.of(new Result.Refused("Điểm đánh giá từ 1 đến 5.", false, false));
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            return Optional.of(new Result.Refused("Ý kiến tối đa " + MAX_COMMENT + " ký tự.", false, false));
        }
        return Optional.empty();
    }

    private String publish(TrackingLookup.Rated rated, boolean satisfied, Integer score, String comment, String source)
            throws InterruptedException, ExecutionException, TimeoutException {
        try (var scope = MessageLog.of(rated.feedbackId(), rated.unitCode())) {
            Rating rating = Rating.newBuilder().setRatingId(UUID.randomUUID().toString()).setFeedbackId(rated.feedbackId())
                    .setUnitCode(rated.unitCode()).setSatisfied(satisfied).setScore(score)
                    .setComment(comment == null || comment.isBlank() ? null : comment.strip()).setSource(source)
                    .setAt(clock.instant()).build();
            template.send(topic, rated.feedbackId(), rating).get(15, TimeUnit.SECONDS);
            log.info("Recorded the citizen's rating {}", rating.getRatingId());
            return rating.getRatingId();
        }
    }
}
