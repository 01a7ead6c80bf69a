package vn.phananh.processor.topology;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.RawFeedback;
import vn.phananh.avro.Status;
import vn.phananh.avro.StatusAction;
import vn.phananh.processor.retention.AnonymisedRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phananh.processor.topology.TopologyFixture.action;
import static vn.phananh.processor.topology.TopologyFixture.feedback;

/** The anonymised revision {@code ./pipeline retention} writes to the raw topic, as the processor takes it. */
class RetentionTopologyTest {

    private static final Instant T0 = Instant.parse("2023-10-02T01:00:00Z");
    private static final Instant ANONYMISED = Instant.parse("2025-11-03T01:30:00Z");

    @Test
    void anAnonymisedRevisionRemovesTheAuthorAndKeepsTextLabelsAnswerAndDeadline() {
        try (TopologyFixture t = new TopologyFixture()) {
            RawFeedback original = feedback("f1", "Cống thôn Đông Tiến tắc, gọi tôi 0912345678", T0);
            t.send(original);
            t.send(action("f1", StatusAction.ANSWER, T0.plusSeconds(3600)));
            List<EnrichedFeedback> before = t.enrichedValues();
            EnrichedFeedback answered = before.getLast();

            t.send(AnonymisedRecords.raw(original, answered.getMaskedText(), ANONYMISED));

            List<EnrichedFeedback> after = t.enrichedValues();
            assertThat(after).hasSize(1);
            EnrichedFeedback anonymised = after.getFirst();
            assertThat(anonymised.getRevision()).isEqualTo(answered.getRevision() + 1);
            assertThat(anonymised.getAnonymisedAt()).isEqualTo(ANONYMISED);
            assertThat(anonymised.getAuthor().getDisplayName()).isNull();
            assertThat(anonymised.getAuthor().getContact()).isNull();
            assertThat(anonymised.getAuthor().getId()).isNull();
            assertThat(anonymised.getExternalId()).isNull();
            assertThat(anonymised.toString()).doesNotContain("Nguyễn Văn An", "0912345678");
            assertThat(anonymised.getMaskedText()).isEqualTo(answered.getMaskedText());
            assertThat(anonymised.getTopic()).isEqualTo(answered.getTopic());
            assertThat(anonymised.getStatus()).isEqualTo(Status.ANSWERED);
            assertThat(anonymised.getAnswer()).isEqualTo(answered.getAnswer());
            assertThat(anonymised.getAnsweredAt()).isEqualTo(answered.getAnsweredAt());
            assertThat(anonymised.getDeadline()).isEqualTo(answered.getDeadline());
            assertThat(anonymised.getHistory()).isEqualTo(answered.getHistory());
            // Not a new feedback: no urgent alert, no message to the citizen, no dead letter.
            assertThat(t.alerts.isEmpty()).isTrue();
            assertThat(t.outbox.readValuesToList()).hasSize(1); // the answer's, before
            assertThat(t.dlq.isEmpty()).isTrue();
        }
    }

    @Test
    void aSecondAnonymisedRevisionChangesNothing() {
        try (TopologyFixture t = new TopologyFixture()) {
            RawFeedback original = feedback("f2", "Đèn đường hỏng", T0);
            t.send(original);
            RawFeedback anonymised = AnonymisedRecords.raw(original, "Đèn đường hỏng", ANONYMISED);
            t.send(anonymised);
            t.send(AnonymisedRecords.raw(original, "Đèn đường hỏng", ANONYMISED.plusSeconds(86_400)));

            assertThat(t.enrichedValues()).extracting(EnrichedFeedback::getRevision).containsExactly(1L, 2L);
        }
    }

    @Test
    void laterActionsAndReclassificationKeepThePersonalDataOut() {
        try (TopologyFixture t = new TopologyFixture()) {
            RawFeedback original = feedback("f3", "Rác ở chợ chưa thu gom, gọi 0912345678", T0);
            t.send(original);
            t.send(AnonymisedRecords.raw(original, "Rác ở chợ chưa thu gom, gọi ***", ANONYMISED));
            t.send(action("f3", StatusAction.ANSWER, ANONYMISED.plusSeconds(60)));
            t.enricher.useVersion("model-2");
            t.replay(original);

            List<EnrichedFeedback> states = t.enrichedValues();
            assertThat(states).hasSizeGreaterThanOrEqualTo(3);
            assertThat(states.subList(1, states.size())).allSatisfy(s -> {
                assertThat(s.getAnonymisedAt()).isEqualTo(ANONYMISED);
                assertThat(s.getAuthor().getDisplayName()).isNull();
                assertThat(s.getAuthor().getContact()).isNull();
            });
        }
    }

    @Test
    void aReplayOfTheCompactedTopicTakesTheFeedbackInWithoutPersonalData() {
        try (TopologyFixture t = new TopologyFixture()) {
            RawFeedback original = feedback("f4", "Đường thôn ngập sâu", T0);
            t.send(AnonymisedRecords.raw(original, "Đường thôn ngập sâu", ANONYMISED));

            EnrichedFeedback taken = t.enrichedValues().getFirst();
            assertThat(taken.getRevision()).isEqualTo(1L);
            assertThat(taken.getAnonymisedAt()).isEqualTo(ANONYMISED);
            assertThat(taken.getAuthor().getDisplayName()).isNull();
            assertThat(taken.getMaskedText()).isEqualTo("Đường thôn ngập sâu");
        }
    }
}
