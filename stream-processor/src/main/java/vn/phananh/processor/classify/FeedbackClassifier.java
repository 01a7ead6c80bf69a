package vn.phananh.processor.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DoccatModel;
import vn.phananh.avro.Kind;
import vn.phananh.avro.Sentiment;
import vn.phananh.avro.Topic;

/**
 * Labels a message with topic (primary and secondaries), kind, sentiment and urgency using the
 * trained categorisers, then applies the rules that are more reliable than the learners: spam is
 * topic and kind OTHER whatever its keywords, and urgency needs a named danger. Thread-safe:
 * OpenNLP categorisers are not, so each thread gets its own.
 */
public final class FeedbackClassifier {

    /** A second topic must be at least this likely to be reported. */
    private static final double SECONDARY_THRESHOLD = 0.2;

    private final ThreadLocal<DocumentCategorizerME> topic;
    private final ThreadLocal<DocumentCategorizerME> kind;
    private final ThreadLocal<DocumentCategorizerME> sentiment;
    private final ThreadLocal<DocumentCategorizerME> urgent;
    private final ThreadLocal<DocumentCategorizerME> topicBayes;
    /** Weight of the naive Bayes topic model in the average (maximum entropy gets the rest). */
    private static final double BAYES_WEIGHT = Double.parseDouble(System.getProperty("phananh.doccat.nbWeight", "0.3"));
    private final UrgencyRule urgency = new UrgencyRule();

    public FeedbackClassifier(ClassifierModels models) {
        this.topic = perThread(models.topic());
        this.kind = perThread(models.kind());
        this.sentiment = perThread(models.sentiment());
        this.urgent = perThread(models.urgent());
        this.topicBayes = perThread(models.topicBayes());
    }

    /** Classifies a message that has already been masked and normalised ({@link ClassifierTrainer#prepare}). */
    public Classification classify(String normalizedText) {
        String[] features = Features.of(normalizedText);
        List<String> cues = Cues.of(normalizedText);
        boolean spam = cues.contains("spam") && (cues.contains("contact") || cues.contains("spam2"));
        List<Classification.Scored<Topic>> topics = ensemble(topic.get(), topicBayes.get(), features);
        Classification.Scored<Topic> primary = spam ? new Classification.Scored<>(Topic.OTHER, 0.9) : topics.getFirst();
        List<Classification.Scored<Topic>> secondary = topics.stream().skip(1)
                .filter(t -> !spam && t.label() != Topic.OTHER && t.confidence() >= SECONDARY_THRESHOLD)
                .limit(2)
                .toList();
        Classification.Scored<Kind> kindScore = spam
                ? new Classification.Scored<>(Kind.OTHER, 0.9)
                : ranked(kind.get(), features, Kind::valueOf).getFirst();
        Classification.Scored<Sentiment> tone = ranked(sentiment.get(), features, Sentiment::valueOf).getFirst();
        double urgentProbability = probabilityOf(urgent.get(), features, "true");
        UrgencyRule.Decision decision = urgency.decide(cues, urgentProbability, spam);
        return new Classification(primary, secondary, kindScore, tone, decision.urgent(), decision.confidence(),
                decision.reason(), spam);
    }

    private static <T> List<Classification.Scored<T>> ranked(DocumentCategorizerME categorizer, String[] features,
                                                            Function<String, T> label) {
        double[] probabilities = categorizer.categorize(features);
        List<Classification.Scored<T>> out = new ArrayList<>();
        for (int i = 0; i < probabilities.length; i++) {
            out.add(new Classification.Scored<>(label.apply(categorizer.getCategory(i)), probabilities[i]));
        }
        out.sort(Comparator.comparingDouble(Classification.Scored<T>::confidence).reversed());
        return out;
    }

    /** Topic probabilities averaged over the maximum-entropy and naive Bayes models, best first. */
    private static List<Classification.Scored<Topic>> ensemble(DocumentCategorizerME maxent, DocumentCategorizerME bayes,
                                                               String[] features) {
        double[] p = maxent.categorize(features);
        double[] q = bayes.categorize(features);
        List<Classification.Scored<Topic>> out = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            String category = maxent.getCategory(i);
            int j = bayes.getIndex(category);
            double other = j < 0 ? 0 : q[j];
            out.add(new Classification.Scored<>(Topic.valueOf(category), (1 - BAYES_WEIGHT) * p[i] + BAYES_WEIGHT * other));
        }
        out.sort(Comparator.comparingDouble(Classification.Scored<Topic>::confidence).reversed());
        return out;
    }

    private static double probabilityOf(DocumentCategorizerME categorizer, String[] features, String category) {
        double[] probabilities = categorizer.categorize(features);
        int index = categorizer.getIndex(category);
        return index < 0 ? 0 : probabilities[index];
    }

    private static ThreadLocal<DocumentCategorizerME> perThread(DoccatModel model) {
        return ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }
}
