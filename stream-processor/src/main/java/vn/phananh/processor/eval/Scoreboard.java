package vn.phananh.processor.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Computes and prints the evaluation figures from a list of predictions. */
final class Scoreboard {

    private final List<Prediction> predictions;

    Scoreboard(List<Prediction> predictions) {
        this.predictions = List.copyOf(predictions);
    }

    int size() {
        return predictions.size();
    }

    void print(PrintStream out) {
        Map<String, Double> f1 = topicF1();
        Map<String, Double> figures = figures();
        out.printf("messages: %d%n%ntopic macro-F1 %.3f%n", predictions.size(), figures.get("topic_macro_f1"));
        f1.forEach((topic, score) -> out.printf("  %-18s F1 %.3f%n", topic, score));
        figures.forEach((name, value) -> out.printf("%s %.3f%n", name.replace('_', ' '), value));
        printWorstConfusions(out, f1);
        printMissedUrgent(out);
        figures.forEach((name, value) -> out.printf(java.util.Locale.ROOT, "%s=%.4f%n", name, value));
    }

    /** The headline figures, in a fixed order. */
    Map<String, Double> figures() {
        Map<String, Double> f1 = topicF1();
        double macro = f1.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("topic_macro_f1", macro);
        figures.put("kind_accuracy", share(p -> p.kind().equals(p.goldKind()), p -> true));
        figures.put("sentiment_accuracy", share(p -> p.sentiment().equals(p.goldSentiment()), p -> true));
        figures.put("urgent_recall", share(Prediction::urgent, Prediction::goldUrgent));
        figures.put("urgent_precision", share(Prediction::goldUrgent, Prediction::urgent));
        figures.put("pii_recall", spanShare(true));
        figures.put("pii_precision", spanShare(false));
        figures.put("place_accuracy", share(p -> Objects.equals(p.placeId(), p.goldPlaceId()), p -> true));
        return figures;
    }

    /** The urgent messages not flagged, by id: the worst failure, so always listed. */
    private void printMissedUrgent(PrintStream out) {
        List<String> missed = predictions.stream().filter(p -> p.goldUrgent() && !p.urgent()).map(Prediction::id).toList();
        List<String> alarms = predictions.stream().filter(p -> !p.goldUrgent() && p.urgent())
                .map(p -> p.id() + " (" + p.urgentReason() + ")").toList();
        out.printf("urgent missed: %s%nurgent false alarms: %s%n%n", missed.isEmpty() ? "none" : missed,
                alarms.isEmpty() ? "none" : alarms);
    }

    private Map<String, Double> topicF1() {
        TreeSet<String> topics = new TreeSet<>();
        predictions.forEach(p -> topics.add(p.goldTopic()));
        Map<String, Double> f1 = new TreeMap<>();
        for (String t : topics) {
            double precision = share(p -> p.goldTopic().equals(t), p -> p.topic().equals(t));
            double recall = share(p -> p.topic().equals(t), p -> p.goldTopic().equals(t));
            f1.put(t, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
        }
        return f1;
    }

    /** Of the predictions where {@code among} holds, the share where {@code hit} holds too. */
    private double share(Predicate<Prediction> hit, Predicate<Prediction> among) {
        long n = predictions.stream().filter(among).count();
        long ok = predictions.stream().filter(among).filter(hit).count();
        return n == 0 ? 1 : (double) ok / n;
    }

    /** Exact span match: type, start and end. Recall over gold spans, precision over found spans. */
    private double spanShare(boolean recall) {
        long total = 0;
        long matched = 0;
        for (Prediction p : predictions) {
            var base = recall ? p.goldPii() : p.pii();
            var other = recall ? p.pii() : p.goldPii();
            total += base.size();
            matched += base.stream().filter(other::contains).count();
        }
        return total == 0 ? 1 : (double) matched / total;
    }

    private void printWorstConfusions(PrintStream out, Map<String, Double> f1) {
        List<String> worst = new ArrayList<>(f1.keySet());
        worst.sort(Comparator.comparingDouble(f1::get));
        out.println("\nconfusion of the worst topics (gold → predicted counts):");
        for (String t : worst.subList(0, Math.min(3, worst.size()))) {
            Map<String, Integer> row = new TreeMap<>();
            predictions.stream().filter(p -> p.goldTopic().equals(t)).forEach(p -> row.merge(p.topic(), 1, Integer::sum));
            out.printf("  %-18s %s%n", t, row);
        }
        out.println();
    }
}
