package vn.phananh.processor.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import vn.phananh.text.PiiMasker;
import vn.phananh.text.VietnameseText;

/**
 * Trains the OpenNLP document categorisers from labelled messages. Used by the build (through
 * {@link TrainModels}) and by cross-validation, which trains on all folds but the scored one.
 */
public final class ClassifierTrainer {

    /** Bumped whenever features, algorithm or training data change, and stored with every result. */
    public static final String VERSION = "doccat-maxent-qn-nb-3";

    private static final PiiMasker MASKER = new PiiMasker();

    private ClassifierTrainer() {
    }

    /** OpenNLP logs every iteration at INFO; training runs in the build and in cross-validation, where that is noise. */
    public static void quietTrainerLogs() {
        if (org.slf4j.LoggerFactory.getLogger("opennlp") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /** The text exactly as the classifier sees it at run time: masked, then normalised. */
    public static String prepare(String raw) {
        return VietnameseText.normalize(MASKER.mask(raw).text());
    }

    public static ClassifierModels train(List<LabelledMessage> messages) {
        List<String[]> features = messages.stream().map(m -> Features.of(prepare(m.text()))).toList();
        return new ClassifierModels(
                train(messages, features, LabelledMessage::topic),
                train(messages, features, LabelledMessage::kind),
                train(messages, features, LabelledMessage::sentiment),
                train(messages, features, m -> Boolean.toString(m.urgent())),
                train(messages, features, LabelledMessage::topic, bayesParameters()));
    }

    private static DoccatModel train(List<LabelledMessage> messages, List<String[]> features,
                                     Function<LabelledMessage, String> label) {
        return train(messages, features, label, parameters());
    }

    private static DoccatModel train(List<LabelledMessage> messages, List<String[]> features,
                                     Function<LabelledMessage, String> label, TrainingParameters parameters) {
        List<DocumentSample> samples = new java.util.ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            samples.add(new DocumentSample(label.apply(messages.get(i)), features.get(i)));
        }
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()});
        try {
            return DocumentCategorizerME.train("vi", ObjectStreamUtils.createObjectStream(samples), parameters, factory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Naive Bayes: a second, differently biased view of the topic for the ensemble. */
    private static TrainingParameters bayesParameters() {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "NAIVEBAYES");
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put("PrintMessages", false);
        return params;
    }

    /** L2-regularised maximum entropy (L-BFGS): small data, many sparse features, so shrink the weights. */
    private static TrainingParameters parameters() {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, System.getProperty("phananh.doccat.algorithm", "MAXENT_QN"));
        params.put(TrainingParameters.ITERATIONS_PARAM, Integer.getInteger("phananh.doccat.iterations", 300));
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put("L1Cost", Double.parseDouble(System.getProperty("phananh.doccat.l1", "0.0")));
        params.put("L2Cost", Double.parseDouble(System.getProperty("phananh.doccat.l2", "1.0")));
        params.put("PrintMessages", false);
        return params;
    }
}
