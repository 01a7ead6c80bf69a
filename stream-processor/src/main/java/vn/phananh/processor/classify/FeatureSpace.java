package vn.phananh.processor.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The vocabulary of a trained model: every feature seen in at least {@link #MIN_DOCUMENTS}
 * training messages, numbered from 1, and how a message's feature tokens become the sparse vector
 * the linear models read: log-scaled counts, L2-normalised so that a long letter and a short chat
 * message weigh alike, plus the constant bias feature.
 */
final class FeatureSpace {

    /** A feature seen in a single message is mostly noise (a name, a typo); it is left out. */
    static final int MIN_DOCUMENTS = 2;

    private final List<String> names;
    private final Map<String, Integer> index;

    FeatureSpace(List<String> names) {
        this.names = List.copyOf(names);
        this.index = new HashMap<>(names.size() * 2);
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i + 1);
        }
    }

    /** The vocabulary of the given messages' feature tokens, in order of first appearance. */
    static FeatureSpace of(List<List<String>> messages) {
        Map<String, Integer> documents = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (List<String> features : messages) {
            for (String feature : new HashSet<>(features)) {
                if (documents.merge(feature, 1, Integer::sum) == 1) {
                    order.add(feature);
                }
            }
        }
        order.sort(null);
        return new FeatureSpace(order.stream().filter(f -> documents.get(f) >= MIN_DOCUMENTS).toList());
    }

    List<String> names() {
        return names;
    }

    int size() {
        return names.size();
    }

    /** The index of the bias feature, after every named one. */
    int biasIndex() {
        return names.size() + 1;
    }

    /** The sparse vector of a message: sorted indices, log-scaled counts, unit length, then the bias. */
    Feature[] vector(List<String> features) {
        int[] ids = new int[features.size()];
        int n = 0;
        for (String feature : features) {
            Integer id = index.get(feature);
            if (id != null) {
                ids[n++] = id;
            }
        }
        Arrays.sort(ids, 0, n);
        int distinct = 0;
        double[] values = new double[n];
        int[] unique = new int[n];
        for (int i = 0; i < n; i++) {
            if (distinct > 0 && unique[distinct - 1] == ids[i]) {
                values[distinct - 1]++;
            } else {
                unique[distinct] = ids[i];
                values[distinct++] = 1;
            }
        }
        double norm = 0;
        for (int i = 0; i < distinct; i++) {
            values[i] = 1 + Math.log(values[i]);
            norm += values[i] * values[i];
        }
        norm = norm == 0 ? 1 : Math.sqrt(norm);
        Feature[] vector = new Feature[distinct + 1];
        for (int i = 0; i < distinct; i++) {
            vector[i] = new FeatureNode(unique[i], values[i] / norm);
        }
        vector[distinct] = new FeatureNode(biasIndex(), 1.0);
        return vector;
    }
}
