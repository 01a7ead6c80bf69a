package vn.phananh.processor.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import vn.phananh.processor.classify.ClassifierTrainer;
import vn.phananh.processor.classify.FeedbackClassifier;
import vn.phananh.processor.classify.LabelledMessage;

/**
 * Scores models on messages they did not train on: k random folds, or leave one style out
 * (train on every other style, score the one left out), which is what predicts quality on traffic
 * written elsewhere.
 */
final class CrossValidation {

    private static final long SEED = 20250610L;

    private CrossValidation() {
    }

    static List<Prediction> kFold(Predictor predictor, List<LabelledMessage> messages, int k) {
        List<LabelledMessage> shuffled = new ArrayList<>(messages);
        Collections.shuffle(shuffled, new Random(SEED));
        List<Prediction> predictions = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            List<LabelledMessage> train = new ArrayList<>();
            List<LabelledMessage> test = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % k == fold ? test : train).add(shuffled.get(i));
            }
            predictions.addAll(predictor.predict(new FeedbackClassifier(ClassifierTrainer.train(train)), test));
        }
        return predictions;
    }

    /** Leave-one-style-out figures: one scoreboard per style. */
    static ByStyle byStyle(Predictor predictor, List<LabelledMessage> messages, Map<String, String> styles) {
        Map<String, List<LabelledMessage>> groups = new TreeMap<>();
        for (LabelledMessage m : messages) {
            String style = styles.get(m.id());
            if (style == null) {
                throw new IllegalArgumentException("no style for message " + m.id());
            }
            groups.computeIfAbsent(style, s -> new ArrayList<>()).add(m);
        }
        if (groups.size() < 2) {
            throw new IllegalArgumentException("cross-style validation needs at least two styles, found " + groups.keySet());
        }
        Map<String, Scoreboard> scores = new LinkedHashMap<>();
        List<Prediction> all = new ArrayList<>();
        groups.forEach((style, test) -> {
            List<LabelledMessage> train = messages.stream().filter(m -> !style.equals(styles.get(m.id()))).toList();
            List<Prediction> predictions = predictor.predict(new FeedbackClassifier(ClassifierTrainer.train(train)), test);
            scores.put(style, new Scoreboard(predictions));
            all.addAll(predictions);
        });
        return new ByStyle(scores, new Scoreboard(all));
    }

    /** The per-style scoreboards of a leave-one-style-out run, and all its predictions pooled. */
    record ByStyle(Map<String, Scoreboard> scores, Scoreboard pooled) {

        /** Rare events are counted over all styles: a style with two urgent messages says little on its own. */
        private static final List<String> POOLED = List.of("urgent_recall", "urgent_precision", "pii_recall", "pii_precision");

        /** The unweighted mean over styles of each label figure; urgency and personal data pooled. */
        Map<String, Double> mean() {
            Map<String, Double> mean = new LinkedHashMap<>();
            scores.values().forEach(s -> s.figures().forEach((name, value) -> mean.merge(name, value, Double::sum)));
            mean.replaceAll((name, sum) -> POOLED.contains(name) ? pooled.figures().get(name) : sum / scores.size());
            return mean;
        }

        void print(PrintStream out) {
            out.printf("%s, leave one style out (%d styles)%n", ClassifierTrainer.ALGORITHM, scores.size());
            scores.forEach((style, s) -> out.printf("style=%s messages=%d %s%n", style, s.size(), Evaluate.line(s.figures())));
            out.printf("style=pooled messages=%d %s%n", pooled.size(), Evaluate.line(pooled.figures()));
            out.printf("style=mean %s  (mean over styles; urgent and pii pooled)%n", Evaluate.line(mean()));
            mean().forEach((name, value) -> out.printf(java.util.Locale.ROOT, "%s=%.4f%n", name, value));
        }
    }
}
