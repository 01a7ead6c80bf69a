package vn.phananh.processor.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.doccat.DoccatModel;

/**
 * The trained document categorisers: topic, kind, sentiment and urgency (maximum entropy), plus a
 * naive Bayes topic model whose probabilities are averaged with the maximum-entropy ones.
 */
public record ClassifierModels(DoccatModel topic, DoccatModel kind, DoccatModel sentiment, DoccatModel urgent,
                               DoccatModel topicBayes) {

    /** Where the build writes the models, relative to the classpath root. */
    public static final String CLASSPATH_DIR = "/models/";

    private static final String[] NAMES = {"topic", "kind", "sentiment", "urgent", "topic-nb"};

    public void writeTo(Path dir) {
        DoccatModel[] models = {topic, kind, sentiment, urgent, topicBayes};
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < NAMES.length; i++) {
                try (OutputStream out = Files.newOutputStream(dir.resolve(NAMES[i] + ".bin"))) {
                    models[i].serialize(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ClassifierModels fromClasspath() {
        return new ClassifierModels(load(NAMES[0]), load(NAMES[1]), load(NAMES[2]), load(NAMES[3]), load(NAMES[4]));
    }

    private static DoccatModel load(String name) {
        try (InputStream in = ClassifierModels.class.getResourceAsStream(CLASSPATH_DIR + name + ".bin")) {
            if (in == null) {
                throw new IllegalStateException("model " + name + " is not on the classpath; run the build to train it");
            }
            return new DoccatModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
