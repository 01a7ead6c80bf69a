package vn.phananh.processor.topology;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.Rating;
import vn.phananh.avro.StatusAction;
import vn.phananh.schema.DeadLetterHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phananh.processor.topology.TopologyFixture.action;
import static vn.phananh.processor.topology.TopologyFixture.feedback;

class RatingsTopologyTest {

    private static final Instant T0 = Instant.parse("2025-11-03T01:00:00Z");

    private static Rating rating(String id, String ratingId, boolean satisfied, Integer score, String comment, Instant at) {
        return Rating.newBuilder().setRatingId(ratingId).setFeedbackId(id).setUnitCode(TopologyFixture.UNIT)
                .setSatisfied(satisfied).setScore(score).setComment(comment).setSource("tracking-page").setAt(at).build();
    }

    @Test
    void aLaterRatingReplacesTheCurrentAndBothStayInTheHistory() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(feedback("f1", "Rác ở chợ chưa được thu gom", T0));
            t.send(action("f1", StatusAction.ANSWER, T0.plusSeconds(60)));
            t.send(rating("f1", "r1", false, 2, "Chưa thu hết, gọi tôi 0912345678", T0.plusSeconds(120)));
            t.send(rating("f1", "r2", true, 5, null, T0.plusSeconds(180)));

            List<EnrichedFeedback> states = t.enrichedValues();
            EnrichedFeedback last = states.getLast();

            assertThat(states).extracting(EnrichedFeedback::getRevision).containsExactly(1L, 2L, 3L, 4L);
            assertThat(last.getSatisfaction().getRatingId()).isEqualTo("r2");
            assertThat(last.getSatisfaction().getSatisfied()).isTrue();
            assertThat(last.getSatisfaction().getScore()).isEqualTo(5);
            assertThat(last.getSatisfactionHistory()).extracting(s -> s.getRatingId()).containsExactly("r1", "r2");
            assertThat(last.getSatisfactionHistory().getFirst().getComment()).startsWith("Chưa thu hết").doesNotContain("0912345678");
            assertThat(last.getStatus()).isEqualTo(states.get(1).getStatus());
        }
    }

    @Test
    void aRetriedRatingIsAppliedOnce() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(feedback("f2", "Đèn đường hỏng", T0));
            t.send(action("f2", StatusAction.ANSWER, T0.plusSeconds(60)));
            Rating r = rating("f2", "r1", true, null, null, T0.plusSeconds(120));
            t.send(r);
            t.send(r);

            assertThat(t.enrichedValues()).hasSize(3);
        }
    }

    @Test
    void aRatingOfAnUnansweredOrUnknownFeedbackIsADeadLetter() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(feedback("f3", "Cống tắc", T0));
            t.send(rating("f3", "r1", true, null, null, T0.plusSeconds(60)));
            t.send(rating("nobody", "r2", true, null, null, T0.plusSeconds(60)));

            var letters = t.dlq.readRecordsToList();
            assertThat(letters).extracting(l -> DeadLetterHeaders.readFrom(l.headers()).error())
                    .containsExactly("rating of a feedback not answered yet", "rating of an unknown feedback");
            assertThat(letters).extracting(l -> DeadLetterHeaders.readFrom(l.headers()).stage()).containsOnly("ratings");
            assertThat(t.enrichedValues()).hasSize(1);
        }
    }
}
