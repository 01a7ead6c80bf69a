package vn.phananh.processor.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import vn.phananh.processor.classify.Classification;
import vn.phananh.processor.classify.ClassifierModels;
import vn.phananh.processor.classify.ClassifierTrainer;
import vn.phananh.processor.classify.FeedbackClassifier;
import vn.phananh.processor.classify.LabelledMessage;
import vn.phananh.processor.locate.Gazetteer;
import vn.phananh.processor.locate.Location;
import vn.phananh.processor.locate.Locator;
import vn.phananh.text.PiiMasker;
import vn.phananh.text.PiiSpan;

/**
 * Scores classifier, masker and locator on labelled JSONL files:
 * {@code Evaluate FILE.jsonl [FILE2.jsonl …] [--cv K]}. Without {@code --cv} it uses the
 * build-trained models; with it, k-fold cross-validation trains on k-1 folds and scores only the
 * held-out fold, so no message is scored by a model that saw it.
 */
public final class Evaluate {

    private static final long SEED = 20250610L;

    private final PiiMasker masker = new PiiMasker();
    private final Locator locator = new Locator(Gazetteer.fromClasspath("/gazetteer/gazetteer.json"));

    public static void main(String[] args) throws IOException {
        ClassifierTrainer.quietTrainerLogs();
        List<LabelledMessage> messages = new ArrayList<>();
        int folds = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--cv")) {
                folds = Integer.parseInt(args[++i]);
            } else {
                try (InputStream in = Files.newInputStream(Path.of(args[i]))) {
                    messages.addAll(LabelledMessage.readAll(in));
                }
            }
        }
        if (messages.isEmpty()) {
            System.err.println("usage: Evaluate FILE.jsonl [FILE2.jsonl …] [--cv K]");
            System.exit(2);
        }
        Evaluate evaluate = new Evaluate();
        List<Prediction> predictions = folds > 1
                ? evaluate.crossValidate(messages, folds)
                : evaluate.predict(new FeedbackClassifier(ClassifierModels.fromClasspath()), messages);
        System.out.printf("%s, %s%n", ClassifierTrainer.VERSION, folds > 1 ? folds + "-fold cross-validation" : "build-trained model");
        new Scoreboard(predictions).print(System.out);
    }

    List<Prediction> crossValidate(List<LabelledMessage> messages, int k) {
        List<LabelledMessage> shuffled = new ArrayList<>(messages);
        Collections.shuffle(shuffled, new Random(SEED));
        List<Prediction> predictions = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            List<LabelledMessage> train = new ArrayList<>();
            List<LabelledMessage> test = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % k == fold ? test : train).add(shuffled.get(i));
            }
            FeedbackClassifier classifier = new FeedbackClassifier(ClassifierTrainer.train(train));
            predictions.addAll(predict(classifier, test));
        }
        return predictions;
    }

    List<Prediction> predict(FeedbackClassifier classifier, List<LabelledMessage> messages) {
        return messages.stream().map(m -> predict(classifier, m)).toList();
    }

    private Prediction predict(FeedbackClassifier classifier, LabelledMessage m) {
        Classification c = classifier.classify(ClassifierTrainer.prepare(m.text()));
        Set<String> pii = new HashSet<>();
        for (PiiSpan span : masker.find(m.text())) {
            pii.add(span.type() + "@" + span.start() + "-" + span.end());
        }
        String place = locator.locate(m.text()).map(Location::id).orElse(null);
        return new Prediction(c.topic().label().name(), m.topic(), c.kind().label().name(), m.kind(),
                c.sentiment().label().name(), m.sentiment(), c.urgent(), m.urgent(), pii, goldSpans(m), place,
                m.locationId());
    }

    /** Gold spans are given as typed text; each occurrence is located in order. */
    private static Set<String> goldSpans(LabelledMessage m) {
        Set<String> spans = new HashSet<>();
        int from = 0;
        for (LabelledMessage.Pii pii : m.pii()) {
            int start = m.text().indexOf(pii.text(), 0);
            int again = m.text().indexOf(pii.text(), from);
            start = again >= 0 ? again : start;
            spans.add(pii.type() + "@" + start + "-" + (start + pii.text().length()));
            from = start + pii.text().length();
        }
        return spans;
    }
}
