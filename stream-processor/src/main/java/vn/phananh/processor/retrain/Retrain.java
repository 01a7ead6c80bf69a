package vn.phananh.processor.retrain;

import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import vn.phananh.avro.ClassifierModel;
import vn.phananh.processor.classify.ClassifierModels;
import vn.phananh.processor.classify.ClassifierTrainer;
import vn.phananh.processor.classify.ShippedData;
import vn.phananh.processor.classify.TrainingExample;
import vn.phananh.processor.model.PromotedModels;

/**
 * {@code ./pipeline retrain}: trains a new model from the shipped data plus every staff correction
 * on {@code feedback.labels.v1}, compares it with the model in use ({@link Retraining}), prints
 * both sets of figures, and promotes it to {@code classifier.models.v1} only when it is not worse.
 * Running processors switch to a promoted model within a second; new ones load it at start.
 * Exit code 0 when promoted, 3 when refused or when there was nothing new to learn.
 */
public final class Retrain {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Retrain() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        PrintStream out = System.out;
        long started = System.nanoTime();
        PromotedModels promoted = new PromotedModels(bootstrap);
        Optional<ClassifierModel> record = promoted.latest(TIMEOUT);
        ClassifierModels current = record.flatMap(PromotedModels::load).orElseGet(ClassifierModels::fromClasspath);
        Map<Integer, Long> seen = record.map(r -> partitions(r.getLabelsOffsets())).orElse(Map.of());
        out.printf("[retrain] current model %s (%s)%n", current.version(),
                record.isPresent() ? "promoted " + record.get().getPromotedAt() + ", trained on "
                        + record.get().getCorrections() + " corrections" : "build-trained, no corrections");

        LabelsLog.Snapshot labels = new LabelsLog(bootstrap).read(TIMEOUT);
        List<TrainingExample> all = Corrections.teaching(Corrections.fold(labels.all()));
        List<TrainingExample> before = Corrections.teaching(Corrections.fold(labels.below(seen)));
        out.printf("[retrain] %d correction records on feedback.labels.v1: %d corrected messages, %d new since the current model%n",
                labels.entries().size(), all.size(), all.size() - before.size());

        Retraining.Outcome outcome = new Retraining(ShippedData.messages(), out).compare(current, before, all);
        print(outcome, out);
        if (outcome.promote()) {
            ClassifierModels candidate = outcome.candidate();
            Map<String, Long> offsets = new HashMap<>();
            labels.endOffsets().forEach((partition, offset) -> offsets.put(Integer.toString(partition), offset));
            promoted.promote(ClassifierModel.newBuilder().setVersion(candidate.version())
                    .setTrainedAt(Instant.parse(candidate.manifest().trainedAt())).setPromotedAt(Instant.now())
                    .setShippedMessages(candidate.manifest().shippedMessages()).setCorrections(all.size())
                    .setLabelsOffsets(offsets).setFigures(outcome.candidateFigures())
                    .setPreviousVersion(current.version()).setBundle(ByteBuffer.wrap(candidate.toBytes())).build(), TIMEOUT);
            out.printf("[retrain] promoted %s; processors switch to it now (reclassify history with ./pipeline reclassify)%n",
                    candidate.version());
        } else {
            out.printf("[retrain] not promoted: %s; %s stays%n", outcome.reason(), current.version());
        }
        out.printf("RESULT promoted=%s version=%s corrections=%d seconds=%.1f%n", outcome.promote(),
                outcome.promote() ? outcome.candidate().version() : current.version(), all.size(),
                (System.nanoTime() - started) / 1e9);
        System.exit(outcome.promote() ? 0 : 3);
    }

    private static void print(Retraining.Outcome outcome, PrintStream out) {
        if (outcome.currentFigures().isEmpty()) {
            return;
        }
        out.printf("%-40s %10s %10s%n", "figure", "current", "candidate");
        for (String name : new TreeSet<>(outcome.currentFigures().keySet())) {
            out.printf("%-40s %10.4f %10.4f%n", name, outcome.currentFigures().get(name),
                    outcome.candidateFigures().get(name));
        }
    }

    private static Map<Integer, Long> partitions(Map<String, Long> offsets) {
        Map<Integer, Long> out = new HashMap<>();
        offsets.forEach((partition, offset) -> out.put(Integer.parseInt(partition), offset));
        return out;
    }
}
