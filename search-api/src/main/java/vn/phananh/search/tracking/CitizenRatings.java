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
import org.springframework.stereotype.Service;

import vn.phananh.avro.Rating;
import vn.phananh.schema.MessageLog;
import vn.phananh.schema.TrackingCodes;
import vn.phananh.search.system.SearchProperties;

/**
 * A citizen rates the answer to their feedback by its tracking code: hài lòng or chưa hài lòng,
 * optionally 1–5 and a comment. The rating is a record on {@code feedback.ratings.v1}, answered
 * only once Kafka holds it; the processor joins it into the feedback (a later one replaces it).
 */
@Service
public class CitizenRatings {

    static final int MAX_COMMENT = 1000;
    private static final Logger log = LoggerFactory.getLogger(CitizenRatings.class);

    private final TrackingLookup lookup;
    private final KafkaTemplate<String, Rating> template;
    private final String topic;
    private final Clock clock;

    CitizenRatings(TrackingLookup lookup, KafkaTemplate<String, Rating> ratingTemplate, SearchProperties properties,
            Clock clock) {
        this.lookup = lookup;
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

    public Result rate(String typedCode, Boolean satisfied, Integer score, String comment, String source)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        if (!(TrackingCodes.parse(typedCode) instanceof TrackingCodes.Parsed.Valid valid)) {
            return new Result.Refused(TrackingCodes.parse(typedCode) instanceof TrackingCodes.Parsed.WrongCheck
                    ? Messages.WRONG_CHECK : Messages.MALFORMED, false, false);
        }
        if (satisfied == null) {
            return new Result.Refused("Vui lòng chọn Hài lòng hoặc Chưa hài lòng.", false, false);
        }
        if (score != null && (score < 1 || score > 5)) {
            return new Result.Refused("Điểm đánh giá từ 1 đến 5.", false, false);
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            return new Result.Refused("Ý kiến tối đa " + MAX_COMMENT + " ký tự.", false, false);
        }
        Optional<TrackingLookup.Rated> rated = lookup.ratedBy(valid.code());
        if (rated.isEmpty()) {
            return new Result.Refused(Messages.NOT_FOUND, true, false);
        }
        if (!rated.get().answered()) {
            return new Result.Refused("Phản ánh này chưa có trả lời chính thức; bạn có thể đánh giá khi đã có trả lời.",
                    false, true);
        }
        return new Result.Accepted(valid.code(), publish(rated.get(), satisfied, score, comment, source));
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
