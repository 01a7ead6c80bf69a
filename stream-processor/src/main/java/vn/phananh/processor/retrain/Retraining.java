package vn.phananh.processor.retrain;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.phananh.processor.classify.Classification;
import vn.phananh.processor.classify.ClassifierModels;
import vn.phananh.processor.classify.ClassifierTrainer;
import vn.phananh.processor.classify.FeedbackClassifier;
import vn.phananh.processor.classify.LabelledMessage;
import vn.phananh.processor.classify.TrainingExample;

/**
 * Decides whether a model trained on the shipped data plus every staff correction may replace the
 * current one. Two comparisons, printed side by side: k-fold cross-validation on the shipped data
 * (each recipe trained on the other folds plus its corrections), and the corrections made since
 * the current model was trained, a quarter of which the candidate is not trained on. The candidate
 * is promoted only when it is not worse on either.
 */
public final class Retraining {

    /** Cross-validation moves by this much between recipes that are the same: not worse means within it. */
    static final double TOLERANCE = 0.005;
    static final int FOLDS = 5;
    private static final long SEED = 20261201L;
    private static final List<String> FIGURES = List.of("topic_macro_f1", "kind_accuracy", "sentiment_accuracy");

    private final List<LabelledMessage> shipped;
    private final PrintStream progress;

    public Retraining(List<LabelledMessage> shipped, PrintStream progress) {
        this.shipped = shipped;
        this.progress = progress;
    }

    /** What the comparison found, and the model to promote when the candidate won. */
    public record Outcome(boolean promote, String reason, Map<String, Double> currentFigures,
                          Map<String, Double> candidateFigures, ClassifierModels candidate) {
    }

    /**
     * @param current the model in use
     * @param currentCorrections the corrections the current model was trained on
     * @param allCorrections every correction, current ones included
     */
    public Outcome compare(ClassifierModels current, List<TrainingExample> currentCorrections,
                           List<TrainingExample> allCorrections) {
        List<TrainingExample> unseen = new ArrayList<>(allCorrections);
        unseen.removeAll(currentCorrections);
        if (unseen.isEmpty()) {
            return new Outcome(false, "no corrections since the current model was trained", Map.of(), Map.of(), null);
        }
        List<TrainingExample> heldOut = new ArrayList<>();
        for (int i = 0; i < unseen.size(); i++) {
            if (unseen.size() >= 4 && i % 4 == 3) {
                heldOut.add(unseen.get(i));
            }
        }
        List<TrainingExample> taught = new ArrayList<>(allCorrections);
        taught.removeAll(heldOut);

        Map<String, Double> currentCv = crossValidate("current", currentCorrections);
        Map<String, Double> candidateCv = crossValidate("candidate", taught);
        Map<String, Double> currentFigures = prefixed("shipped_cv_", currentCv);
        Map<String, Double> candidateFigures = prefixed("shipped_cv_", candidateCv);
        String worse = worseOnShipped(currentCv, candidateCv);

        if (!heldOut.isEmpty()) {
            progress.printf("[retrain] training the candidate without the %d held-out corrections …%n", heldOut.size());
            FeedbackClassifier candidateWithout = new FeedbackClassifier(ClassifierTrainer.retrain(shipped, taught));
            double currentHits = correctShare(new FeedbackClassifier(current), heldOut);
            double candidateHits = correctShare(candidateWithout, heldOut);
            currentFigures.put("held_out_corrections_accuracy", currentHits);
            candidateFigures.put("held_out_corrections_accuracy", candidateHits);
            if (worse == null && candidateHits < currentHits) {
                worse = String.format("worse on the %d held-out corrections (%.3f < %.3f)", heldOut.size(), candidateHits,
                        currentHits);
            }
        }
        if (worse != null) {
            return new Outcome(false, worse, currentFigures, candidateFigures, null);
        }
        progress.printf("[retrain] training the promoted model on %d shipped messages and all %d corrections …%n",
                shipped.size(), allCorrections.size());
        ClassifierModels candidate = ClassifierTrainer.retrain(shipped, allCorrections);
        return new Outcome(true, "not worse on shipped cross-validation" + (heldOut.isEmpty() ? "" : " nor on held-out corrections"),
                currentFigures, candidateFigures, candidate);
    }

    private Map<String, Double> crossValidate(String recipe, List<TrainingExample> corrections) {
        List<LabelledMessage> shuffled = new ArrayList<>(shipped);
        Collections.shuffle(shuffled, new Random(SEED));
        List<String[]> pairs = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            progress.printf("[retrain] %s: cross-validation fold %d of %d …%n", recipe, fold + 1, FOLDS);
            List<LabelledMessage> train = new ArrayList<>();
            List<LabelledMessage> test = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % FOLDS == fold ? test : train).add(shuffled.get(i));
            }
            FeedbackClassifier classifier = new FeedbackClassifier(ClassifierTrainer.retrain(train, corrections));
            for (LabelledMessage m : test) {
                Classification c = classifier.classify(ClassifierTrainer.prepare(m.text()));
                pairs.add(new String[] {m.topic(), c.topic().label().name(), m.kind(), c.kind().label().name(),
                        m.sentiment(), c.sentiment().label().name()});
            }
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("topic_macro_f1", macroF1(pairs));
        figures.put("kind_accuracy", accuracy(pairs, 2));
        figures.put("sentiment_accuracy", accuracy(pairs, 4));
        return figures;
    }

    private static String worseOnShipped(Map<String, Double> current, Map<String, Double> candidate) {
        for (String name : FIGURES) {
            if (candidate.get(name) < current.get(name) - TOLERANCE) {
                return String.format("worse on shipped cross-validation: %s %.4f < %.4f", name, candidate.get(name),
                        current.get(name));
            }
        }
        return null;
    }

    /** Of the labels staff set on these corrections, the share the classifier gets right. */
    static double correctShare(FeedbackClassifier classifier, List<TrainingExample> corrections) {
        int labels = 0;
        int right = 0;
        for (TrainingExample e : corrections) {
            Classification c = classifier.classify(ClassifierTrainer.prepare(e.text()));
            if (e.topic() != null) {
                labels++;
                right += e.topic().equals(c.topic().label().name()) ? 1 : 0;
            }
            if (e.kind() != null) {
                labels++;
                right += e.kind().equals(c.kind().label().name()) ? 1 : 0;
            }
            if (e.sentiment() != null) {
                labels++;
                right += e.sentiment().equals(c.sentiment().label().name()) ? 1 : 0;
            }
            if (e.urgent() != null) {
                labels++;
                right += e.urgent() == c.urgent() ? 1 : 0;
            }
        }
        return labels == 0 ? 1 : (double) right / labels;
    }

    private static double macroF1(List<String[]> pairs) {
        List<String> topics = pairs.stream().map(p -> p[0]).distinct().toList();
        double sum = 0;
        for (String t : topics) {
            long tp = pairs.stream().filter(p -> p[0].equals(t) && p[1].equals(t)).count();
            long fp = pairs.stream().filter(p -> !p[0].equals(t) && p[1].equals(t)).count();
            long fn = pairs.stream().filter(p -> p[0].equals(t) && !p[1].equals(t)).count();
            double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return topics.isEmpty() ? 0 : sum / topics.size();
    }

    private static double accuracy(List<String[]> pairs, int gold) {
        long right = pairs.stream().filter(p -> p[gold].equals(p[gold + 1])).count();
        return pairs.isEmpty() ? 0 : (double) right / pairs.size();
    }

    private static Map<String, Double> prefixed(String prefix, Map<String, Double> figures) {
        Map<String, Double> out = new LinkedHashMap<>();
        figures.forEach((k, v) -> out.put(prefix + k, v));
        return out;
    }
}
