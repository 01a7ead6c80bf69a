package vn.phananh.processor.classify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Build step (exec-maven-plugin at {@code process-classes}): trains the classifier on the shipped
 * labelled data and writes it where {@link ClassifierModels#fromClasspath()} finds it.
 */
public final class TrainShippedModel {

    private TrainShippedModel() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/classes" + ClassifierModels.CLASSPATH_MODEL);
        List<LabelledMessage> messages = ShippedData.messages();
        ClassifierModels models = ClassifierTrainer.train(messages);
        Files.createDirectories(out.getParent());
        Files.write(out, models.toBytes());
        System.out.printf("Trained %s on %d messages into %s (%d KiB)%n", models.version(), messages.size(), out,
                Files.size(out) / 1024);
    }
}
