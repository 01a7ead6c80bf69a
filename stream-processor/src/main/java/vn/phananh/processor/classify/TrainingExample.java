package vn.phananh.processor.classify;

/**
 * One message to learn from, with the labels known for it: every label for a shipped labelled
 * message, only the corrected ones for a staff correction (the others are null and that message
 * does not train those models). {@code weight} repeats the example in training.
 */
public record TrainingExample(String text, String topic, String kind, String sentiment, Boolean urgent, int weight) {

    public TrainingExample {
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be at least 1");
        }
    }

    public static TrainingExample of(LabelledMessage m) {
        return new TrainingExample(m.text(), m.topic(), m.kind(), m.sentiment(), m.urgent(), 1);
    }

    /** The same labels, counted {@code times} over. */
    public TrainingExample weighted(int times) {
        return new TrainingExample(text, topic, kind, sentiment, urgent, times);
    }
}
