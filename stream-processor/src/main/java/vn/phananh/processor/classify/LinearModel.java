package vn.phananh.processor.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One L2-regularised logistic regression (liblinear) over a {@link FeatureSpace}, with the names
 * of its outcomes: calibrated probabilities for every label. Read-only once trained, so one
 * instance serves every stream thread.
 */
final class LinearModel {

    /** Inverse regularisation strength, chosen by leave-one-style-out validation (see README-quality.md). */
    static final double COST = 50;

    private final Model model;
    private final List<String> outcomes;

    private LinearModel(Model model, List<String> outcomes) {
        this.model = model;
        this.outcomes = List.copyOf(outcomes);
    }

    /**
     * Trains on the vectors with their labels; {@code weight} repeats an example (a staff correction
     * counts more than a shipped message) and {@code labelWeights} raises a rare label's cost.
     */
    static LinearModel train(List<Feature[]> vectors, List<String> labels, int[] repeats, int features,
                             java.util.Map<String, Double> labelWeights) {
        List<String> outcomes = new ArrayList<>(new java.util.TreeSet<>(labels));
        List<Feature[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (int r = 0; r < repeats[i]; r++) {
                x.add(vectors.get(i));
                y.add((double) outcomes.indexOf(labels.get(i)));
            }
        }
        Problem problem = new Problem();
        problem.l = x.size();
        problem.n = features + 1;
        problem.x = x.toArray(Feature[][]::new);
        problem.y = y.stream().mapToDouble(Double::doubleValue).toArray();
        problem.bias = 1;
        Parameter parameter = new Parameter(SolverType.L2R_LR, COST, 0.01);
        if (!labelWeights.isEmpty()) {
            int[] ids = new int[labelWeights.size()];
            double[] weights = new double[labelWeights.size()];
            int k = 0;
            for (var entry : labelWeights.entrySet()) {
                ids[k] = outcomes.indexOf(entry.getKey());
                weights[k++] = entry.getValue();
            }
            parameter.setWeights(weights, ids);
        }
        Linear.disableDebugOutput();
        return new LinearModel(Linear.train(problem, parameter), outcomes);
    }

    /** The probability of each outcome, indexed like {@link #outcomes()}. */
    double[] probabilities(Feature[] vector) {
        double[] byModelOrder = new double[model.getNrClass()];
        Linear.predictProbability(model, vector, byModelOrder);
        double[] out = new double[outcomes.size()];
        int[] labels = model.getLabels();
        for (int i = 0; i < labels.length; i++) {
            out[labels[i]] = byModelOrder[i];
        }
        return out;
    }

    List<String> outcomes() {
        return outcomes;
    }

    void write(Writer out) throws IOException {
        out.write(String.join("\t", outcomes));
        out.write('\n');
        model.save(out);
    }

    static LinearModel read(Reader in) {
        try {
            java.io.BufferedReader lines = new java.io.BufferedReader(in);
            List<String> outcomes = List.of(lines.readLine().split("\t"));
            return new LinearModel(Model.load(lines), outcomes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
