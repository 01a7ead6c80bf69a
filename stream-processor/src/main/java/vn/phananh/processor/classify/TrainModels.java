package vn.phananh.processor.classify;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Build step (exec-maven-plugin at {@code process-classes}): trains the categorisers on the
 * labelled sets under {@code training/} on the classpath and writes them to the given directory.
 */
public final class TrainModels {

    static final List<String> TRAINING_SETS = List.of("/training/feedback-dev.jsonl", "/training/feedback-dev-broad.jsonl");

    private TrainModels() {
    }

    public static void main(String[] args) throws Exception {
        ClassifierTrainer.quietTrainerLogs();
        Path out = Path.of(args.length > 0 ? args[0] : "target/classes/models");
        List<LabelledMessage> messages = new ArrayList<>();
        for (String set : TRAINING_SETS) {
            try (InputStream in = TrainModels.class.getResourceAsStream(set)) {
                if (in == null) {
                    throw new IllegalStateException("training set missing from the classpath: " + set);
                }
                messages.addAll(LabelledMessage.readAll(in));
            }
        }
        ClassifierTrainer.train(messages).writeTo(out);
        System.out.printf("Trained %s on %d messages into %s%n", ClassifierTrainer.VERSION, messages.size(), out);
    }
}
