package vn.phananh.processor.eval;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.phananh.processor.classify.ClassifierTrainer;
import vn.phananh.processor.classify.FeedbackClassifier;
import vn.phananh.processor.classify.LabelledMessage;
import vn.phananh.processor.classify.TrainingExample;

/**
 * How much staff corrections teach: for each step N, a model trained (through the same code as
 * {@code ./pipeline retrain}) on the shipped data plus the first N corrections, scored on a test set.
 */
final class LearningCurve {

    private final Predictor predictor;
    private final List<LabelledMessage> shipped;
    private final List<LabelledMessage> corrections;

    LearningCurve(Predictor predictor, List<LabelledMessage> shipped, List<LabelledMessage> corrections) {
        this.predictor = predictor;
        this.shipped = shipped;
        this.corrections = corrections;
    }

    void print(List<LabelledMessage> test, List<Integer> steps, PrintStream out) {
        out.printf("%s, %d shipped messages, %d corrections available, %d test messages%n",
                ClassifierTrainer.ALGORITHM, shipped.size(), corrections.size(), test.size());
        for (int step : steps) {
            int n = Math.min(step, corrections.size());
            List<TrainingExample> taught = corrections.subList(0, n).stream().map(TrainingExample::of).toList();
            FeedbackClassifier classifier = new FeedbackClassifier(ClassifierTrainer.retrain(shipped, taught));
            Map<String, Double> all = new Scoreboard(predictor.predict(classifier, test)).figures();
            Map<String, Double> shown = new LinkedHashMap<>();
            for (String name : List.of("topic_macro_f1", "kind_accuracy", "sentiment_accuracy", "urgent_recall")) {
                shown.put(name, all.get(name));
            }
            out.printf("corrections=%d %s%n", n, Evaluate.line(shown));
        }
    }
}
