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
    /**
     * Open addressing from a 64-bit hash of the feature's name to its number: one probe into two flat
     * arrays instead of a HashMap's bucket, node, key string and boxed value, which made the lookups a
     * tenth of the enrichment time (profile, issue 15). Two names of the vocabulary with one hash are
     * refused at construction, so a hit is the feature.
     */
    private final long[] hashes;
    private final int[] ids;
    private final int mask;

    FeatureSpace(List<String> names) {
        this.names = List.copyOf(names);
        int capacity = Integer.highestOneBit(Math.max(4, names.size() * 2)) << 1;
        this.hashes = new long[capacity];
        this.ids = new int[capacity];
        this.mask = capacity - 1;
        for (int i = 0; i < names.size(); i++) {
            long hash = hash(names.get(i));
            int slot = slot(hash);
            while (ids[slot] != 0) {
                if (hashes[slot] == hash) {
                    throw new IllegalArgumentException("two features with one hash: " + names.get(ids[slot] - 1)
                            + " and " + names.get(i));
                }
                slot = (slot + 1) & mask;
            }
            hashes[slot] = hash;
            ids[slot] = i + 1;
        }
    }

    /** The feature's number, or 0 when it is not in the vocabulary. */
    private int id(String feature) {
        long hash = hash(feature);
        for (int slot = slot(hash); ids[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash) {
                return ids[slot];
            }
        }
        return 0;
    }

    private int slot(long hash) {
        return (int) (hash ^ (hash >>> 32)) & mask;
    }

    /** FNV-1a over the UTF-16 chars, then MurmurHash3's finaliser to spread the bits. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
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
        int[] found = new int[features.size()];
        int n = 0;
        for (String feature : features) {
            int id = id(feature);
            if (id != 0) {
                found[n++] = id;
            }
        }
        Arrays.sort(found, 0, n);
        int distinct = 0;
        double[] values = new double[n];
        int[] unique = new int[n];
        for (int i = 0; i < n; i++) {
            if (distinct > 0 && unique[distinct - 1] == found[i]) {
                values[distinct - 1]++;
            } else {
                unique[distinct] = found[i];
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
