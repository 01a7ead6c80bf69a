package vn.phananh.processor.classify;

import de.bwaldvogel.liblinear.Feature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import vn.phananh.avro.Kind;
import vn.phananh.avro.Sentiment;
import vn.phananh.avro.Topic;

/**
 * Labels a message with topic (primary and secondaries), kind, sentiment and urgency using a
 * trained {@link ClassifierModels}, then applies the rules that are more reliable than the
 * learners: spam is topic and kind OTHER whatever its keywords, and urgency follows
 * {@link UrgencyRule}, which keeps the reason of every urgent decision. Thread-safe: the models
 * are read-only and the features of a message are built once for all of them.
 */
public final class FeedbackClassifier {

    /** A second topic must be at least this likely to be reported. */
    private static final double SECONDARY_THRESHOLD = 0.2;
    private final ClassifierModels models;
    private final UrgencyRule urgency = new UrgencyRule();

    public FeedbackClassifier(ClassifierModels models) {
        this.models = models;
    }

    /** The version of the models, stored with every enrichment. */
    public String version() {
        return models.version();
    }

    /** The feature tokens of a masked, normalised text: the same in training and at run time. */
    static List<String> features(String normalizedText) {
        return TextFeatures.of(normalizedText, Cues.of(normalizedText), TopicLexicon.of(normalizedText));
    }

    /** Classifies a message that has already been masked and normalised ({@link ClassifierTrainer#prepare}). */
    public Classification classify(String normalizedText) {
        List<String> cues = Cues.of(normalizedText);
        List<String> tokens = TextFeatures.of(normalizedText, cues, TopicLexicon.of(normalizedText));
        Feature[] vector = models.features().vector(tokens);
        boolean spam = cues.contains("spam") && (cues.contains("contact") || cues.contains("spam2"));
        List<Classification.Scored<Topic>> topics = topics(vector);
        Classification.Scored<Topic> primary = spam ? new Classification.Scored<>(Topic.OTHER, 0.9) : topics.getFirst();
        List<Classification.Scored<Topic>> secondary = topics.stream().skip(1)
                .filter(t -> !spam && t.label() != Topic.OTHER && t.confidence() >= SECONDARY_THRESHOLD)
                .limit(2)
                .toList();
        Classification.Scored<Kind> kind = spam
                ? new Classification.Scored<>(Kind.OTHER, 0.9)
                : best(models.kind(), vector, Kind::valueOf);
        Classification.Scored<Sentiment> tone = best(models.sentiment(), vector, Sentiment::valueOf);
        double urgentProbability = probabilityOf(models.urgent(), vector, "true");
        UrgencyRule.Decision decision = urgency.decide(cues, urgentProbability, spam);
        return new Classification(primary, secondary, kind, tone, decision.urgent(), decision.confidence(),
                decision.reason(), spam);
    }

    private static <T> Classification.Scored<T> best(LinearModel model, Feature[] vector, Function<String, T> label) {
        double[] p = model.probabilities(vector);
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return new Classification.Scored<>(label.apply(model.outcomes().get(best)), p[best]);
    }

    /** Every topic with its probability, best first. */
    private List<Classification.Scored<Topic>> topics(Feature[] vector) {
        double[] p = models.topic().probabilities(vector);
        List<String> outcomes = models.topic().outcomes();
        List<Classification.Scored<Topic>> out = new ArrayList<>(p.length);
        for (int i = 0; i < p.length; i++) {
            out.add(new Classification.Scored<>(Topic.valueOf(outcomes.get(i)), p[i]));
        }
        out.sort(Comparator.comparingDouble(Classification.Scored<Topic>::confidence).reversed());
        return out;
    }

    private static double probabilityOf(LinearModel model, Feature[] vector, String outcome) {
        int index = model.outcomes().indexOf(outcome);
        return index < 0 ? 0 : model.probabilities(vector)[index];
    }
}
