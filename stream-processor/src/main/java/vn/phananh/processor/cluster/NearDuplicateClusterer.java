package vn.phananh.processor.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.phananh.avro.ClusterAssignment;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.schema.MessageLog;

/**
 * Groups near-duplicates of one unit: records arrive keyed by unit (repartitioned), so every recent
 * feedback of a unit is in this instance's store, keyed {@code unit|openedAt|feedbackId}. A new
 * feedback is compared with the unit's most recent ones within the rule's window; with the best
 * match at or above the threshold it joins that member's cluster (the cluster is formed around the
 * member when it had none), and each feedback that changes cluster is forwarded as an assignment
 * keyed by its feedbackId. Entries older than twice the window behind stream time are removed.
 */
public final class NearDuplicateClusterer implements Processor<String, EnrichedFeedback, String, ClusterAssignment> {

    private static final Logger log = LoggerFactory.getLogger(NearDuplicateClusterer.class);
    /** Cluster ids are derived from the first member's feedback id. */
    static final String CLUSTER_PREFIX = "c-";

    private final NearDuplicateRule rule;
    private final String storeName;
    private ProcessorContext<String, ClusterAssignment> context;
    private KeyValueStore<String, Signature> store;

    public NearDuplicateClusterer(NearDuplicateRule rule, String storeName) {
        this.rule = rule;
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<String, ClusterAssignment> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, EnrichedFeedback> record) {
        EnrichedFeedback feedback = record.value();
        String unit = feedback.getUnitCode();
        try (var scope = MessageLog.of(feedback.getFeedbackId(), unit)) {
            Signature signature = Signature.of(feedback);
            if (store.get(key(unit, signature)) != null) {
                return;
            }
            Best best = bestMatch(unit, signature);
            if (best == null) {
                store.put(key(unit, signature), signature);
            }
            else {
                join(record, unit, signature, best);
            }
            expire(unit);
        }
    }

    private void join(Record<String, EnrichedFeedback> record, String unit, Signature signature, Best best) {
        String cluster = best.member().clusterId();
        if (cluster == null) {
            cluster = CLUSTER_PREFIX + best.member().feedbackId();
            store.put(key(unit, best.member()), best.member().inCluster(cluster));
            forward(record, unit, best.member().feedbackId(), cluster, best.score(), null);
        }
        store.put(key(unit, signature), signature.inCluster(cluster));
        forward(record, unit, signature.feedbackId(), cluster, best.score(), best.member().feedbackId());
        log.info("Near-duplicate of {} (similarity {}), cluster {}", best.member().feedbackId(),
                Math.round(best.score() * 100) / 100.0, cluster);
    }

    /** The most alike of the unit's recent feedback, newest first, if any reaches the threshold. */
    private Best bestMatch(String unit, Signature signature) {
        long window = rule.window().toMillis();
        Best best = null;
        int compared = 0;
        try (KeyValueIterator<String, Signature> candidates = store.reverseRange(
                prefix(unit, signature.openedAt() - window), prefix(unit, signature.openedAt() + window + 1))) {
            while (candidates.hasNext() && compared++ < rule.maxCandidates()) {
                Signature member = candidates.next().value;
                double score = rule.score(signature, member);
                if (score >= rule.threshold() && (best == null || score > best.score())) {
                    best = new Best(member, score);
                }
            }
        }
        return best;
    }

    private void expire(String unit) {
        long cutoff = context.currentStreamTimeMs() - 2 * rule.window().toMillis();
        if (cutoff <= 0) {
            return;
        }
        List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, Signature> expired = store.range(prefix(unit, 0), prefix(unit, cutoff))) {
            expired.forEachRemaining((KeyValue<String, Signature> kv) -> old.add(kv.key));
        }
        old.forEach(store::delete);
    }

    private void forward(Record<String, EnrichedFeedback> record, String unit, String feedbackId, String cluster,
            double score, String matched) {
        ClusterAssignment assignment = ClusterAssignment.newBuilder().setFeedbackId(feedbackId).setUnitCode(unit)
                .setClusterId(cluster).setSimilarity(score).setMatchedFeedbackId(matched)
                .setAt(Instant.ofEpochMilli(context.currentStreamTimeMs())).build();
        context.forward(new Record<>(feedbackId, assignment, record.timestamp()));
    }

    static String key(String unit, Signature s) {
        return prefix(unit, s.openedAt()) + "|" + s.feedbackId();
    }

    /** Zero-padded, so the store's byte order is the order in time within a unit. */
    static String prefix(String unit, long openedAt) {
        return unit + "|" + String.format("%015d", Math.max(0, openedAt));
    }

    private record Best(Signature member, double score) {
    }
}
