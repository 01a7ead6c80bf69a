package vn.phananh.processor.retrain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.phananh.avro.LabelCorrection;
import vn.phananh.avro.LabelSet;
import vn.phananh.avro.Topic;
import vn.phananh.processor.classify.ClassifierModels;
import vn.phananh.processor.classify.ClassifierTrainer;
import vn.phananh.processor.classify.LabelledMessage;
import vn.phananh.processor.classify.ShippedData;
import vn.phananh.processor.classify.TrainingExample;

/** The promotion rule with real models on small data: a better model is promoted, a worse one refused. */
class RetrainingTest {

    private static List<LabelledMessage> shipped;
    private static List<LabelledMessage> elsewhere;
    private static ClassifierModels current;

    @BeforeAll
    static void data() {
        List<LabelledMessage> all = ShippedData.messages();
        // Short chat messages of one commune are what this small "shipped" set knows ...
        shipped = all.stream().filter(m -> m.id().startsWith("dev-")).toList();
        // ... and long letters from the large set are the style staff start correcting.
        elsewhere = all.stream().filter(m -> m.id().startsWith("dvl-")).limit(80).toList();
        current = ClassifierTrainer.train(shipped);
    }

    @Test
    void promotesAModelThatLearntFromGoodCorrections() {
        List<TrainingExample> corrections = elsewhere.stream().map(TrainingExample::of).toList();

        Retraining.Outcome outcome = retraining().compare(current, List.of(), corrections);

        assertThat(outcome.promote()).as(outcome.reason()).isTrue();
        assertThat(outcome.candidateFigures().get("held_out_corrections_accuracy"))
                .isGreaterThanOrEqualTo(outcome.currentFigures().get("held_out_corrections_accuracy"));
        assertThat(outcome.candidate().manifest().corrections()).isEqualTo(corrections.size());
        assertThat(outcome.candidate().version()).isNotEqualTo(current.version());
    }

    @Test
    void refusesAModelThatLearntFromWrongCorrections() {
        // Shipped messages corrected to the wrong topic: cross-validation on the shipped data sees the harm.
        List<TrainingExample> wrong = shipped.stream().limit(120)
                .map(m -> new TrainingExample(m.text(), wrongTopic(m.topic()), null, null, null, 1)).toList();

        Retraining.Outcome outcome = retraining().compare(current, List.of(), wrong);

        assertThat(outcome.promote()).isFalse();
        assertThat(outcome.reason()).startsWith("worse on shipped cross-validation: topic_macro_f1");
        assertThat(outcome.candidate()).isNull();
    }

    @Test
    void nothingNewToLearnIsNoPromotion() {
        List<TrainingExample> corrections = elsewhere.stream().limit(5).map(TrainingExample::of).toList();

        Retraining.Outcome outcome = retraining().compare(current, corrections, corrections);

        assertThat(outcome.promote()).isFalse();
        assertThat(outcome.reason()).isEqualTo("no corrections since the current model was trained");
    }

    @Test
    void foldsCorrectionsPerFeedbackLatestLabelWinning() {
        LabelCorrection first = correction("f1", LabelSet.newBuilder().setTopic(Topic.HEALTH).setUrgent(true).build());
        LabelCorrection second = correction("f1", LabelSet.newBuilder().setTopic(Topic.EDUCATION).build());
        LabelCorrection other = correction("f2", LabelSet.newBuilder().setPlaceId("thon-doai").build());

        Map<String, TrainingExample> folded = Corrections.fold(List.of(first, second, other));

        assertThat(folded.get("f1").topic()).isEqualTo("EDUCATION");
        assertThat(folded.get("f1").urgent()).isTrue();
        assertThat(folded.get("f1").kind()).isNull();
        // A place correction teaches the classifier nothing.
        assertThat(Corrections.teaching(folded)).hasSize(1);
    }

    private static Retraining retraining() {
        return new Retraining(shipped, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private static String wrongTopic(String topic) {
        Topic[] topics = Topic.values();
        return topics[(Topic.valueOf(topic).ordinal() + 1) % topics.length].name();
    }

    private static LabelCorrection correction(String feedbackId, LabelSet after) {
        return LabelCorrection.newBuilder().setCorrectionId(UUID.randomUUID().toString()).setFeedbackId(feedbackId)
                .setUnitCode("xa-hung-cuong").setActor("can-bo").setAt(Instant.now())
                .setBefore(LabelSet.newBuilder().build()).setAfter(after).setMaskedText("Rác ở chợ").build();
    }
}
