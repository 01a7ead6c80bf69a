package vn.phananh.processor.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.Rating;
import vn.phananh.avro.Satisfaction;
import vn.phananh.text.PiiMasker;

/** A citizen's rating joined into the feedback: the comment masked like the text, the earlier ratings kept. */
final class Ratings {

    private static final PiiMasker MASKER = new PiiMasker();

    static EnrichedFeedback rated(EnrichedFeedback current, Rating rating, Instant now) {
        String comment = rating.getComment() == null || rating.getComment().isBlank() ? null
                : MASKER.mask(rating.getComment().strip()).text();
        Satisfaction satisfaction = Satisfaction.newBuilder().setRatingId(rating.getRatingId())
                .setSatisfied(rating.getSatisfied()).setScore(rating.getScore()).setComment(comment)
                .setSource(rating.getSource()).setRatedAt(rating.getAt()).build();
        List<Satisfaction> history = new ArrayList<>(current.getSatisfactionHistory());
        history.add(satisfaction);
        return EnrichedFeedback.newBuilder(current).setRevision(current.getRevision() + 1)
                .setSatisfaction(satisfaction).setSatisfactionHistory(history).setEnrichedAt(now).build();
    }

    private Ratings() {
    }
}
