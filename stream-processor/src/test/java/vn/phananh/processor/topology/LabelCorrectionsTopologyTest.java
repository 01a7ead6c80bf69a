package vn.phananh.processor.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phananh.processor.topology.TopologyFixture.action;
import static vn.phananh.processor.topology.TopologyFixture.change;
import static vn.phananh.processor.topology.TopologyFixture.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.phananh.avro.Alert;
import vn.phananh.avro.AlertType;
import vn.phananh.avro.ChangeType;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.Kind;
import vn.phananh.avro.LabelCorrection;
import vn.phananh.avro.LabelSet;
import vn.phananh.avro.RawFeedback;
import vn.phananh.avro.Status;
import vn.phananh.avro.StatusAction;
import vn.phananh.avro.Topic;
import vn.phananh.processor.trends.SpikeRule;
import vn.phananh.schema.DeadLetterHeaders;
import vn.phananh.schema.Topics;

/** Staff label corrections joined into the state, and human labels surviving every re-classification. */
class LabelCorrectionsTopologyTest {

    private static final Instant T0 = Instant.parse("2025-11-03T02:00:00Z");
    /** A day for urgent feedback, three otherwise: so a corrected urgency visibly moves the deadline. */
    private static final DeadlinePolicy URGENT_IN_A_DAY = (unit, kind, topic, urgent, openedAt) ->
            openedAt.plus(Duration.ofDays(urgent ? 1 : 3));

    @Test
    void correctionBeforeAStatusChangeIsKeptByIt() {
        try (var fx = new TopologyFixture()) {
            fx.send(feedback("f1", "Đường thôn 3 có đống đổ", T0));
            fx.send(correction("f1", topic(Topic.ENVIRONMENT), T0.plusSeconds(60)));
            fx.send(action("f1", StatusAction.ACKNOWLEDGE, T0.plusSeconds(120)));

            List<EnrichedFeedback> states = fx.enrichedValues();
            assertThat(states).extracting(EnrichedFeedback::getRevision).containsExactly(1L, 2L, 3L);
            EnrichedFeedback last = states.get(2);
            assertThat(last.getTopic().getTopic()).isEqualTo(Topic.ENVIRONMENT);
            assertThat(last.getTopic().getConfidence()).isEqualTo(1.0);
            assertThat(last.getStatus()).isEqualTo(Status.ACKNOWLEDGED);
            assertThat(last.getHumanLabels()).containsExactly("topic");
            assertThat(last.getLabelHistory()).singleElement().satisfies(step -> {
                assertThat(step.getActor()).isEqualTo("giam-sat-ha");
                assertThat(step.getBefore().getTopic()).isEqualTo(Topic.INFRASTRUCTURE);
                assertThat(step.getAfter().getTopic()).isEqualTo(Topic.ENVIRONMENT);
            });
        }
    }

    @Test
    void correctionAfterAnAnswerKeepsTheHandlingAndTheDeadline() {
        try (var fx = new TopologyFixture(URGENT_IN_A_DAY, SpikeRule.defaults(), T0)) {
            fx.send(feedback("f1", "Đường thôn 3 có ổ gà", T0));
            fx.send(action("f1", StatusAction.ANSWER, T0.plusSeconds(60)));
            fx.send(correction("f1", LabelSet.newBuilder().setKind(Kind.REQUEST).setUrgent(true).build(), T0.plusSeconds(120)));

            EnrichedFeedback last = last(fx.enrichedValues());
            assertThat(last.getStatus()).isEqualTo(Status.ANSWERED);
            assertThat(last.getAnswer().getText()).isEqualTo("Xã đã cử người xử lý.");
            assertThat(last.getKind()).isEqualTo(Kind.REQUEST);
            assertThat(last.getUrgent()).isTrue();
            assertThat(last.getUrgentReason()).isEqualTo("staff");
            assertThat(last.getDeadline()).isEqualTo(T0.plus(Duration.ofDays(3)));
        }
    }

    @Test
    void correctedUrgencyOfAnOpenFeedbackMovesItsDeadlineAndRaisesTheAlert() {
        try (var fx = new TopologyFixture(URGENT_IN_A_DAY, SpikeRule.defaults(), T0)) {
            fx.send(feedback("f1", "Đường thôn 3 có cây đổ", T0));
            fx.send(correction("f1", LabelSet.newBuilder().setUrgent(true).build(), T0.plusSeconds(60)));

            assertThat(last(fx.enrichedValues()).getDeadline()).isEqualTo(T0.plus(Duration.ofDays(1)));
            assertThat(fx.alerts.readValuesToList()).extracting(Alert::getType).contains(AlertType.URGENT);
        }
    }

    @Test
    void humanLabelsSurviveAnEditOfTheText() {
        try (var fx = new TopologyFixture()) {
            RawFeedback original = feedback("f1", "Đường thôn 3 có đống đổ", T0);
            fx.send(original);
            fx.send(correction("f1", topic(Topic.ENVIRONMENT), T0.plusSeconds(60)));
            fx.send(change(original, ChangeType.EDIT, "Đường thôn 3 có đống đổ, ai đổ trộm", T0.plusSeconds(120)));

            EnrichedFeedback edited = last(fx.enrichedValues());
            assertThat(edited.getMaskedText()).isEqualTo("Đường thôn 3 có đống đổ, ai đổ trộm");
            assertThat(edited.getTopic().getTopic()).isEqualTo(Topic.ENVIRONMENT);
            assertThat(edited.getHumanLabels()).containsExactly("topic");
            assertThat(edited.getLabelHistory()).hasSize(1);
        }
    }

    @Test
    void reclassificationByANewModelKeepsHumanLabelsAndHandling() {
        try (var fx = new TopologyFixture()) {
            RawFeedback raw = feedback("f1", "Đường thôn 3 có đống đổ", T0);
            fx.send(raw);
            fx.send(correction("f1", LabelSet.newBuilder().setTopic(Topic.ENVIRONMENT).setPlaceId("thon-dong-tien").build(),
                    T0.plusSeconds(60)));
            fx.send(action("f1", StatusAction.ACKNOWLEDGE, T0.plusSeconds(90)));
            fx.enricher.useVersion("fake-2");
            fx.replay(raw);
            fx.replay(raw); // run twice: nothing more

            List<EnrichedFeedback> states = fx.enrichedValues();
            assertThat(states).hasSize(4);
            EnrichedFeedback reclassified = states.get(3);
            assertThat(reclassified.getClassifierVersion()).isEqualTo("fake-2");
            assertThat(reclassified.getTopic().getTopic()).isEqualTo(Topic.ENVIRONMENT);
            assertThat(reclassified.getPlace().getId()).isEqualTo("thon-dong-tien");
            assertThat(reclassified.getStatus()).isEqualTo(Status.ACKNOWLEDGED);
            assertThat(reclassified.getHistory()).hasSize(1);
            assertThat(reclassified.getDeadline()).isEqualTo(states.get(0).getDeadline());
        }
    }

    @Test
    void reclassifyReplaysOnlyTheLatestTextOfAnEditedFeedback() {
        try (var fx = new TopologyFixture()) {
            RawFeedback original = feedback("f1", "Đường thôn 3 hỏng", T0);
            RawFeedback edit = change(original, ChangeType.EDIT, "Rác ở đường thôn 3", T0.plusSeconds(60));
            fx.send(original);
            fx.send(edit);
            fx.enricher.useVersion("fake-2");
            fx.replay(original);
            fx.replay(edit);
            fx.replay(feedback("never-taken-in", "Đèn hỏng", T0));

            List<EnrichedFeedback> states = fx.enrichedValues();
            assertThat(states).hasSize(3);
            assertThat(states.get(2).getMaskedText()).isEqualTo("Rác ở đường thôn 3");
            assertThat(states.get(2).getClassifierVersion()).isEqualTo("fake-2");
            assertThat(fx.dlq.isEmpty()).isTrue();
        }
    }

    @Test
    void correctedPlaceComesFromTheGazetteer() {
        try (var fx = new TopologyFixture()) {
            fx.send(feedback("f1", "Rác ở đầu làng", T0));
            fx.send(correction("f1", LabelSet.newBuilder().setPlaceId("thon-dong-tien").build(), T0.plusSeconds(60)));

            EnrichedFeedback last = last(fx.enrichedValues());
            assertThat(last.getPlace().getId()).isEqualTo("thon-dong-tien");
            assertThat(last.getPlace().getName()).isEqualTo("Thôn Đông Tiến");
            assertThat(last.getHumanLabels()).containsExactly("place");
        }
    }

    @Test
    void aRetriedCorrectionIsAppliedOnce() {
        try (var fx = new TopologyFixture()) {
            fx.send(feedback("f1", "Rác ở chợ", T0));
            LabelCorrection correction = correction("f1", topic(Topic.BUSINESS), T0.plusSeconds(60));
            fx.send(correction);
            fx.send(correction);

            assertThat(fx.enrichedValues()).hasSize(2);
        }
    }

    @Test
    void deadLettersACorrectionOfAnUnknownFeedback() {
        try (var fx = new TopologyFixture()) {
            fx.send(correction("khong-co", topic(Topic.HEALTH), T0));

            var letter = fx.dlq.readRecord();
            assertThat(DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(Topics.LABELS_NAME);
            assertThat(DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.STAGE)).isEqualTo("labels");
            assertThat(DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.ERROR)).isEqualTo("label correction for an unknown feedback");
            assertThat(fx.enriched.isEmpty()).isTrue();
        }
    }

    @Test
    void deadLettersACorrectionFromAnotherUnitOrWithAnUnknownPlace() {
        try (var fx = new TopologyFixture()) {
            fx.send(feedback("f1", "Rác ở chợ", T0));
            LabelCorrection foreign = correction("f1", topic(Topic.HEALTH), T0.plusSeconds(60));
            foreign.setUnitCode("xa-khac");
            fx.send(foreign);
            fx.send(correction("f1", LabelSet.newBuilder().setPlaceId("thon-khong-co").build(), T0.plusSeconds(90)));
            fx.send(correction("f1", LabelSet.newBuilder().build(), T0.plusSeconds(100)));

            assertThat(fx.dlq.readRecordsToList()).extracting(r -> DeadLetterHeaders.text(r.headers(), DeadLetterHeaders.ERROR)).containsExactly(
                    "unitCode differs from the feedback's unit", "unknown place thon-khong-co in the unit",
                    "a correction must set at least one label");
            assertThat(fx.enrichedValues()).hasSize(1);
        }
    }

    private static LabelSet topic(Topic topic) {
        return LabelSet.newBuilder().setTopic(topic).build();
    }

    private static LabelCorrection correction(String feedbackId, LabelSet after, Instant at) {
        return LabelCorrection.newBuilder().setCorrectionId(UUID.randomUUID().toString()).setFeedbackId(feedbackId)
                .setUnitCode(TopologyFixture.UNIT).setActor("giam-sat-ha").setAt(at)
                .setBefore(LabelSet.newBuilder().setTopic(Topic.INFRASTRUCTURE).build()).setAfter(after)
                .setMaskedText("Đường thôn 3 có đống đổ").build();
    }

    private static <T> T last(List<T> values) {
        return values.get(values.size() - 1);
    }
}
