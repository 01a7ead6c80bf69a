package vn.phananh.processor.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.phananh.processor.classify.ClassifierModels;
import vn.phananh.processor.classify.ClassifierTrainer;
import vn.phananh.processor.classify.FeedbackClassifier;
import vn.phananh.processor.classify.LabelledMessage;
import vn.phananh.processor.classify.ShippedData;

/**
 * {@code ./pipeline eval}: scores classifier, masker and locator on labelled JSONL files.
 * <pre>
 *   Evaluate FILE.jsonl [FILE2.jsonl …]                      the build-trained model
 *   Evaluate FILE.jsonl … --cv K                             k-fold cross-validation over the files
 *   Evaluate FILE.jsonl … --cross-style STYLES.tsv           leave one style out, per style and mean
 *   Evaluate TEST.jsonl --corrections CORR.jsonl --steps 0,10,20,40 [--leave-out-style STYLE]
 *                                                            shipped data + the first N corrections, per step
 * </pre>
 * Every mode ends with {@code name=value} lines; no message is scored by a model that trained on it,
 * except with the build-trained model on the shipped files.
 */
public final class Evaluate {

    private Evaluate() {
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        if (options.files().isEmpty()) {
            System.err.println("""
                    usage: eval FILE.jsonl [FILE2.jsonl …] [--cv K | --cross-style STYLES.tsv]
                           eval TEST.jsonl --corrections CORR.jsonl [--steps 0,10,20,40] [--leave-out-style STYLE]""");
            System.exit(2);
        }
        List<LabelledMessage> messages = new ArrayList<>();
        for (Path file : options.files()) {
            messages.addAll(read(file));
        }
        PrintStream out = System.out;
        Predictor predictor = new Predictor();
        if (options.corrections() != null) {
            List<LabelledMessage> shipped = Styles.without(ShippedData.messages(), options.leaveOutStyle());
            new LearningCurve(predictor, shipped, read(options.corrections())).print(messages, options.steps(), out);
        } else if (options.styles() != null) {
            CrossValidation.byStyle(predictor, messages, Styles.read(options.styles())).print(out);
        } else if (options.folds() > 1) {
            out.printf("%s, %d-fold cross-validation%n", ClassifierTrainer.ALGORITHM, options.folds());
            new Scoreboard(CrossValidation.kFold(predictor, messages, options.folds())).print(out);
        } else {
            FeedbackClassifier classifier = new FeedbackClassifier(ClassifierModels.fromClasspath());
            out.printf("%s, build-trained model%n", classifier.version());
            new Scoreboard(predictor.predict(classifier, messages)).print(out);
        }
    }

    static List<LabelledMessage> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return LabelledMessage.readAll(in);
        }
    }

    /** The command line. */
    record Options(List<Path> files, int folds, Path styles, Path corrections, List<Integer> steps, String leaveOutStyle) {

        static Options parse(String[] args) {
            List<Path> files = new ArrayList<>();
            int folds = 0;
            Path styles = null;
            Path corrections = null;
            List<Integer> steps = List.of(0, 10, 20, 40);
            String leaveOut = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--cv" -> folds = Integer.parseInt(args[++i]);
                    case "--cross-style" -> styles = Path.of(args[++i]);
                    case "--corrections" -> corrections = Path.of(args[++i]);
                    case "--steps" -> steps = Arrays.stream(args[++i].split(",")).map(String::trim).map(Integer::valueOf).toList();
                    case "--leave-out-style" -> leaveOut = args[++i];
                    default -> files.add(Path.of(args[i]));
                }
            }
            return new Options(files, folds, styles, corrections, steps, leaveOut);
        }
    }

    /** Prints figures as {@code name=value} lines with four decimals. */
    static String line(Map<String, Double> figures) {
        StringBuilder out = new StringBuilder();
        figures.forEach((name, value) -> out.append(out.isEmpty() ? "" : " ").append(name).append('=')
                .append(String.format(java.util.Locale.ROOT, "%.4f", value)));
        return out.toString();
    }
}
