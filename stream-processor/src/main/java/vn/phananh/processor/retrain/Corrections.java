package vn.phananh.processor.retrain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.phananh.avro.LabelCorrection;
import vn.phananh.avro.LabelSet;
import vn.phananh.processor.classify.TrainingExample;

/**
 * Staff corrections as training examples: the corrections of one feedback folded in order, each
 * label taking its latest corrected value, on the masked text the staff judged. A label nobody
 * corrected stays null, so that message trains only the models of the labels people set.
 */
public final class Corrections {

    private Corrections() {
    }

    /** One example per corrected feedback, keyed by feedbackId, in the order each was first corrected. */
    public static Map<String, TrainingExample> fold(List<LabelCorrection> corrections) {
        Map<String, TrainingExample> byFeedback = new LinkedHashMap<>();
        for (LabelCorrection c : corrections) {
            TrainingExample previous = byFeedback.get(c.getFeedbackId());
            LabelSet after = c.getAfter();
            byFeedback.put(c.getFeedbackId(), new TrainingExample(c.getMaskedText(),
                    after.getTopic() != null ? after.getTopic().name() : previous == null ? null : previous.topic(),
                    after.getKind() != null ? after.getKind().name() : previous == null ? null : previous.kind(),
                    after.getSentiment() != null ? after.getSentiment().name() : previous == null ? null : previous.sentiment(),
                    after.getUrgent() != null ? after.getUrgent() : previous == null ? null : previous.urgent(),
                    1));
        }
        return byFeedback;
    }

    /** Only the examples that teach something: at least one of topic, kind, sentiment or urgency set. */
    public static List<TrainingExample> teaching(Map<String, TrainingExample> folded) {
        List<TrainingExample> out = new ArrayList<>();
        for (TrainingExample e : folded.values()) {
            if (e.topic() != null || e.kind() != null || e.sentiment() != null || e.urgent() != null) {
                out.add(e);
            }
        }
        return out;
    }
}
