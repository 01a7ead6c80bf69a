package vn.phananh.processor.classify;

import de.bwaldvogel.liblinear.Feature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import vn.phananh.text.PiiMasker;
import vn.phananh.text.VietnameseText;

/**
 * Trains a {@link ClassifierModels} from labelled examples: the build (on the shipped data),
 * {@code ./pipeline retrain} (shipped data plus staff corrections) and every evaluation that
 * trains on some messages and scores others.
 */
public final class ClassifierTrainer {

    /**
     * The learner and feature generation (the text normalisation of vietnamese-text included); part
     * of every model version, bumped when either changes.
     */
    public static final String ALGORITHM = "lr-6";

    /** Urgent messages are rare (under 8 %): missing one costs more than a false alarm. */
    static final double URGENT_WEIGHT = 2.0;

    /** How many shipped messages one staff correction counts for. */
    public static final int CORRECTION_WEIGHT = 3;

    private static final PiiMasker MASKER = new PiiMasker();

    private ClassifierTrainer() {
    }

    /** The text exactly as the classifier sees it at run time: masked, then normalised. */
    public static String prepare(String raw) {
        return VietnameseText.normalize(MASKER.mask(raw).text());
    }

    public static ClassifierModels train(List<TrainingExample> examples, int shippedMessages) {
        List<List<String>> features = examples.parallelStream()
                .map(e -> FeedbackClassifier.features(prepare(e.text())))
                .toList();
        FeatureSpace space = FeatureSpace.of(features);
        List<Feature[]> vectors = features.stream().map(space::vector).toList();
        var topic = async(() -> linear(examples, vectors, space, TrainingExample::topic, Map.of()));
        var kind = async(() -> linear(examples, vectors, space, TrainingExample::kind, Map.of()));
        var sentiment = async(() -> linear(examples, vectors, space, TrainingExample::sentiment, Map.of()));
        var urgent = async(() -> linear(examples, vectors, space,
                e -> e.urgent() == null ? null : e.urgent().toString(), Map.of("true", URGENT_WEIGHT)));
        ClassifierModels.Manifest manifest = new ClassifierModels.Manifest(version(examples), Instant.now().toString(),
                shippedMessages, examples.size() - shippedMessages);
        return new ClassifierModels(manifest, space, topic.join(), kind.join(), sentiment.join(), urgent.join());
    }

    /**
     * Trains on the shipped messages plus staff corrections, each correction counted
     * {@link #CORRECTION_WEIGHT} times: a few dozen corrections of a style the shipped data lacks
     * must be able to move the model. {@code ./pipeline retrain} and the learning-curve evaluation
     * both train through here.
     */
    public static ClassifierModels retrain(List<LabelledMessage> shipped, List<TrainingExample> corrections) {
        List<TrainingExample> examples = new ArrayList<>(shipped.size() + corrections.size());
        shipped.forEach(m -> examples.add(TrainingExample.of(m)));
        corrections.forEach(c -> examples.add(c.weighted(CORRECTION_WEIGHT)));
        return train(examples, shipped.size());
    }

    /** Trains on labelled messages alone (the shipped data, or a subset of it in an evaluation). */
    public static ClassifierModels train(List<LabelledMessage> messages) {
        return train(messages.stream().map(TrainingExample::of).toList(), messages.size());
    }

    private static <T> CompletableFuture<T> async(java.util.function.Supplier<T> task) {
        return CompletableFuture.supplyAsync(task);
    }

    private static LinearModel linear(List<TrainingExample> examples, List<Feature[]> vectors, FeatureSpace space,
                                      Function<TrainingExample, String> label, Map<String, Double> labelWeights) {
        List<Feature[]> x = new ArrayList<>();
        List<String> y = new ArrayList<>();
        List<Integer> repeats = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            String value = label.apply(examples.get(i));
            if (value != null) {
                x.add(vectors.get(i));
                y.add(value);
                repeats.add(examples.get(i).weight());
            }
        }
        return LinearModel.train(x, y, repeats.stream().mapToInt(Integer::intValue).toArray(), space.size(), labelWeights);
    }

    /** The algorithm and a digest of what was learnt from (data and lexicons): the same inputs give the same version. */
    static String version(List<TrainingExample> examples) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((Cues.fingerprint() + TopicLexicon.fingerprint()).getBytes(StandardCharsets.UTF_8));
            for (TrainingExample e : examples) {
                String line = String.join("\u0001", e.text(), String.valueOf(e.topic()), String.valueOf(e.kind()),
                        String.valueOf(e.sentiment()), String.valueOf(e.urgent()), Integer.toString(e.weight()));
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return ALGORITHM + "-" + HexFormat.of().formatHex(digest.digest(), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
