package vn.phananh.processor.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phananh.processor.topology.TopologyFixture.action;
import static vn.phananh.processor.topology.TopologyFixture.change;
import static vn.phananh.processor.topology.TopologyFixture.feedback;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

import vn.phananh.avro.ChangeType;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.RawFeedback;
import vn.phananh.avro.Status;
import vn.phananh.avro.StatusAction;
import vn.phananh.avro.StatusChange;
import vn.phananh.schema.DeadLetterHeaders;
import vn.phananh.schema.Topics;

class FeedbackTopologyTest {

    private static final Instant T0 = Instant.parse("2025-11-03T02:00:00Z");

    @Test
    void enrichesNewFeedbackAsFirstRevision() {
        try (var fx = new TopologyFixture()) {
            fx.driver.advanceWallClockTime(Duration.ofSeconds(30));
            fx.send(feedback("f1", "Đường thôn 3 ngập, gọi 0912345678", T0));

            EnrichedFeedback out = fx.enriched.readKeyValue().value;
            assertThat(out.getFeedbackId()).isEqualTo("f1");
            assertThat(out.getRevision()).isEqualTo(1);
            assertThat(out.getMaskedText()).isEqualTo("Đường thôn 3 ngập, gọi ***");
            assertThat(out.getStatus()).isEqualTo(Status.NEW);
            assertThat(out.getDeadline()).isEqualTo(T0.plus(Duration.ofDays(3)));
            assertThat(out.getEnrichedAt()).isEqualTo(Instant.parse("2025-11-03T02:00:30Z"));
            assertThat(fx.dlq.isEmpty()).isTrue();
        }
    }

    /** A dead letter replayed by ./pipeline dlq that fails again keeps the mark, so the listing tells it apart. */
    @Test
    void aReplayThatFailsAgainCarriesItsMarkIntoTheNewDeadLetter() {
        try (var fx = new TopologyFixture()) {
            var headers = new org.apache.kafka.common.header.internals.RecordHeaders();
            headers.add(DeadLetterHeaders.REPLAY_OF, "feedback.dlq.v1-0@17".getBytes(StandardCharsets.UTF_8));
            fx.rawBytes.pipeInput(new org.apache.kafka.streams.test.TestRecord<>("f1".getBytes(StandardCharsets.UTF_8),
                    "vẫn không phải Avro".getBytes(StandardCharsets.UTF_8), headers, T0));

            var letter = fx.dlq.readRecord();
            assertThat(DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.REPLAY_OF)).isEqualTo("feedback.dlq.v1-0@17");
            assertThat(DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.STAGE)).isEqualTo("decode");
        }
    }

    @Test
    void deadlineRunsFromWhenTheCitizenSentIt() {
        try (var fx = new TopologyFixture()) {
            Instant sent = T0.minus(Duration.ofDays(2));
            fx.send(RawFeedback.newBuilder(feedback("f1", "Đèn đường thôn 2 hỏng", T0)).setOccurredAt(sent).build());
            fx.send(RawFeedback.newBuilder(feedback("f2", "Đèn đường thôn 3 hỏng", T0))
                    .setOccurredAt(T0.plus(Duration.ofHours(5))).build());

            List<EnrichedFeedback> out = fx.enrichedValues();
            assertThat(out.get(0).getDeadline()).isEqualTo(sent.plus(Duration.ofDays(3)));
            // A channel clock ahead of ours never postpones the deadline.
            assertThat(out.get(1).getDeadline()).isEqualTo(T0.plus(Duration.ofDays(3)));
        }
    }

    @Test
    void routesUndecodableRecordToDeadLetters() {
        try (var fx = new TopologyFixture()) {
            byte[] garbage = "không phải Avro".getBytes(StandardCharsets.UTF_8);
            fx.rawBytes.pipeInput("f1".getBytes(StandardCharsets.UTF_8), garbage);

            TestRecord<byte[], byte[]> letter = fx.dlq.readRecord();
            assertThat(letter.value()).isEqualTo(garbage);
            assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("f1");
            assertThat(DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(Topics.RAW_NAME);
            assertThat(DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("0");
            assertThat(DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
            assertThat(DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.STAGE)).isEqualTo("decode");
            assertThat(DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.ERROR)).startsWith("undecodable");
            assertThat(fx.enriched.isEmpty()).isTrue();
        }
    }

    @Test
    void routesRecordWhoseKeyIsNotItsFeedbackIdToDeadLetters() {
        try (var fx = new TopologyFixture()) {
            fx.send(feedback("f0", "Rác ùn ứ", T0));
            fx.raw.pipeInput("other-key", feedback("f1", "Rác ùn ứ", T0));

            TestRecord<byte[], byte[]> letter = fx.dlq.readRecord();
            assertThat(DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.STAGE)).isEqualTo("validate");
            assertThat(DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.ERROR)).isEqualTo("key does not equal feedbackId");
            assertThat(DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("1");
            assertThat(fx.enrichedValues()).extracting(EnrichedFeedback::getFeedbackId).containsExactly("f0");
        }
    }

    @Test
    void redeliveredFeedbackYieldsNoSecondRecord() {
        try (var fx = new TopologyFixture()) {
            var original = feedback("f1", "Rác ùn ứ ở chợ", T0);
            fx.send(original);
            fx.send(original);

            assertThat(fx.enrichedValues()).hasSize(1);
        }
    }

    @Test
    void editReEnrichesTextAndKeepsHandling() {
        try (var fx = new TopologyFixture()) {
            var original = feedback("f1", "Rác ùn ứ ở chợ", T0);
            fx.send(original);
            fx.send(action("f1", StatusAction.ACKNOWLEDGE, T0.plusSeconds(60)));
            Instant editedAt = T0.plusSeconds(120);
            fx.send(change(original, ChangeType.EDIT, "Đường đầu chợ ổ gà, số 0987654321", editedAt));

            EnrichedFeedback edited = last(fx.enrichedValues());
            assertThat(edited.getRevision()).isEqualTo(3);
            assertThat(edited.getMaskedText()).isEqualTo("Đường đầu chợ ổ gà, số ***");
            assertThat(edited.getTopic().getTopic()).hasToString("INFRASTRUCTURE");
            assertThat(edited.getStatus()).isEqualTo(Status.ACKNOWLEDGED);
            assertThat(edited.getHistory()).hasSize(1);
            assertThat(edited.getEditedAt()).isEqualTo(editedAt);
            assertThat(edited.getDeadline()).isEqualTo(T0.plus(Duration.ofDays(3)));
        }
    }

    @Test
    void redeliveredEditYieldsNoNewRevision() {
        try (var fx = new TopologyFixture()) {
            var original = feedback("f1", "Rác ùn ứ ở chợ", T0);
            var edit = change(original, ChangeType.EDIT, "Rác ùn ứ ở chợ Tân Lập", T0.plusSeconds(60));
            fx.send(original);
            fx.send(edit);
            fx.send(edit);

            assertThat(fx.enrichedValues()).extracting(EnrichedFeedback::getRevision).containsExactly(1L, 2L);
        }
    }

    @Test
    void removalWithdrawsTheFeedback() {
        try (var fx = new TopologyFixture()) {
            var original = feedback("f1", "Rác ùn ứ ở chợ", T0);
            Instant removedAt = T0.plusSeconds(300);
            fx.send(original);
            fx.send(change(original, ChangeType.REMOVE, "", removedAt));
            fx.send(change(original, ChangeType.REMOVE, "", removedAt));

            List<EnrichedFeedback> states = fx.enrichedValues();
            assertThat(states).hasSize(2);
            assertThat(states.get(1).getRevision()).isEqualTo(2);
            assertThat(states.get(1).getStatus()).isEqualTo(Status.WITHDRAWN);
            assertThat(states.get(1).getClosedAt()).isEqualTo(removedAt);
            assertThat(states.get(1).getMaskedText()).isEqualTo("Rác ùn ứ ở chợ");
        }
    }

    @Test
    void joinsStatusChangesIntoTheCurrentState() {
        try (var fx = new TopologyFixture()) {
            fx.send(feedback("f1", "Rác ùn ứ ở chợ", T0));
            StatusChange acknowledge = action("f1", StatusAction.ACKNOWLEDGE, T0.plusSeconds(60));
            fx.send(acknowledge);
            fx.send(action("f1", StatusAction.ASSIGN, T0.plusSeconds(120)));
            fx.send(acknowledge); // retried by the search API: applied once
            fx.send(action("f1", StatusAction.ANSWER, T0.plusSeconds(180)));
            fx.send(action("f1", StatusAction.CLOSE, T0.plusSeconds(240)));

            List<EnrichedFeedback> states = fx.enrichedValues();
            assertThat(states).extracting(EnrichedFeedback::getRevision).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(states).extracting(EnrichedFeedback::getStatus).containsExactly(
                    Status.NEW, Status.ACKNOWLEDGED, Status.ASSIGNED, Status.ANSWERED, Status.CLOSED);
            EnrichedFeedback closed = last(states);
            assertThat(closed.getAcknowledgedAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(closed.getAssignee()).isEqualTo("can-bo-minh");
            assertThat(closed.getAnswer().getText()).isEqualTo("Xã đã cử người xử lý.");
            assertThat(closed.getAnsweredAt()).isEqualTo(T0.plusSeconds(180));
            assertThat(closed.getClosedAt()).isEqualTo(T0.plusSeconds(240));
            assertThat(closed.getHistory()).extracting(step -> step.getAction()).containsExactly(
                    StatusAction.ACKNOWLEDGE, StatusAction.ASSIGN, StatusAction.ANSWER, StatusAction.CLOSE);
        }
    }

    @Test
    void deadLettersStatusChangeForUnknownFeedback() {
        try (var fx = new TopologyFixture()) {
            fx.send(action("khong-co", StatusAction.ACKNOWLEDGE, T0));

            TestRecord<byte[], byte[]> letter = fx.dlq.readRecord();
            assertThat(DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(Topics.STATUS_NAME);
            assertThat(DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.STAGE)).isEqualTo("status");
            assertThat(DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.ERROR)).isEqualTo("status change for an unknown feedback");
            assertThat(fx.enriched.isEmpty()).isTrue();
        }
    }

    @Test
    void deadLettersStatusChangeFromAnotherUnit() {
        try (var fx = new TopologyFixture()) {
            fx.send(feedback("f1", "Rác ùn ứ ở chợ", T0));
            StatusChange foreign = action("f1", StatusAction.CLOSE, T0.plusSeconds(60));
            foreign.setUnitCode("xa-khac");
            fx.send(foreign);

            assertThat(DeadLetterHeaders.text(fx.dlq.readRecord().headers(), DeadLetterHeaders.ERROR))
                    .isEqualTo("unitCode differs from the feedback's unit");
            assertThat(fx.enrichedValues()).hasSize(1);
        }
    }

    private static <T> T last(List<T> values) {
        return values.get(values.size() - 1);
    }
}
