package vn.phananh.processor.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;
import vn.phananh.avro.Kind;
import vn.phananh.avro.Sentiment;
import vn.phananh.avro.Topic;

/**
 * Labels a message with topic (primary and secondaries), kind, sentiment and urgency using the
 * trained categorisers, then applies the rules that are more reliable than the learners: spam is
 * topic and kind OTHER whatever its keywords, and urgency needs a named danger. Thread-safe: the
 * trained models are read-only, and the features of a message are built once for all of them
 * (the five models share one feature generator configuration, checked at construction).
 */
public final class FeedbackClassifier {

    /** A second topic must be at least this likely to be reported. */
    private static final double SECONDARY_THRESHOLD = 0.2;
    /** Weight of the naive Bayes topic model in the average (maximum entropy gets the rest). */
    private static final double BAYES_WEIGHT = Double.parseDouble(System.getProperty("phananh.doccat.nbWeight", "0.3"));

    private final FeatureGenerator[] generators;
    private final MaxentModel topic;
    private final MaxentModel kind;
    private final MaxentModel sentiment;
    private final MaxentModel urgent;
    private final MaxentModel topicBayes;
    private final UrgencyRule urgency = new UrgencyRule();

    public FeedbackClassifier(ClassifierModels models) {
        DoccatModel[] all = {models.topic(), models.kind(), models.sentiment(), models.urgent(), models.topicBayes()};
        this.generators = all[0].getFactory().getFeatureGenerators();
        for (DoccatModel model : all) {
            if (!sameGenerators(generators, model.getFactory().getFeatureGenerators())) {
                throw new IllegalArgumentException("The classifier models were trained with different feature generators");
            }
        }
        this.topic = models.topic().getMaxentModel();
        this.kind = models.kind().getMaxentModel();
        this.sentiment = models.sentiment().getMaxentModel();
        this.urgent = models.urgent().getMaxentModel();
        this.topicBayes = models.topicBayes().getMaxentModel();
    }

    /** Classifies a message that has already been masked and normalised ({@link ClassifierTrainer#prepare}). */
    public Classification classify(String normalizedText) {
        List<String> cues = Cues.of(normalizedText);
        String[] context = context(Features.of(normalizedText, cues));
        boolean spam = cues.contains("spam") && (cues.contains("contact") || cues.contains("spam2"));
        List<Classification.Scored<Topic>> topics = ensemble(context);
        Classification.Scored<Topic> primary = spam ? new Classification.Scored<>(Topic.OTHER, 0.9) : topics.getFirst();
        List<Classification.Scored<Topic>> secondary = topics.stream().skip(1)
                .filter(t -> !spam && t.label() != Topic.OTHER && t.confidence() >= SECONDARY_THRESHOLD)
                .limit(2)
                .toList();
        Classification.Scored<Kind> kindScore = spam
                ? new Classification.Scored<>(Kind.OTHER, 0.9)
                : best(kind, context, Kind::valueOf);
        Classification.Scored<Sentiment> tone = best(sentiment, context, Sentiment::valueOf);
        double urgentProbability = probabilityOf(urgent, context, "true");
        UrgencyRule.Decision decision = urgency.decide(cues, urgentProbability, spam);
        return new Classification(primary, secondary, kindScore, tone, decision.urgent(), decision.confidence(),
                decision.reason(), spam);
    }

    /** What the models see: the feature generators' output over the feature tokens, as in training. */
    private String[] context(String[] features) {
        List<String> context = new ArrayList<>(features.length * generators.length);
        for (FeatureGenerator generator : generators) {
            context.addAll(generator.extractFeatures(features, Map.of()));
        }
        return context.toArray(String[]::new);
    }

    private static <T> Classification.Scored<T> best(MaxentModel model, String[] context, Function<String, T> label) {
        double[] probabilities = model.eval(context);
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return new Classification.Scored<>(label.apply(model.getOutcome(best)), probabilities[best]);
    }

    /** Topic probabilities averaged over the maximum-entropy and naive Bayes models, best first. */
    private List<Classification.Scored<Topic>> ensemble(String[] context) {
        double[] p = topic.eval(context);
        double[] q = topicBayes.eval(context);
        List<Classification.Scored<Topic>> out = new ArrayList<>(p.length);
        for (int i = 0; i < p.length; i++) {
            String category = topic.getOutcome(i);
            int j = topicBayes.getIndex(category);
            double other = j < 0 ? 0 : q[j];
            out.add(new Classification.Scored<>(Topic.valueOf(category), (1 - BAYES_WEIGHT) * p[i] + BAYES_WEIGHT * other));
        }
        out.sort(Comparator.comparingDouble(Classification.Scored<Topic>::confidence).reversed());
        return out;
    }

    private static double probabilityOf(MaxentModel model, String[] context, String category) {
        int index = model.getIndex(category);
        return index < 0 ? 0 : model.eval(context)[index];
    }

    private static boolean sameGenerators(FeatureGenerator[] a, FeatureGenerator[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i].getClass() != b[i].getClass()) {
                return false;
            }
        }
        return true;
    }
}
