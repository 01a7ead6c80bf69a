package vn.phananh.processor.cluster;

import java.time.Instant;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
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

    /**
     * Signatures held in memory over all units of one task (about 0.8 KiB each): 40,000 is some
     * 32 MiB, twenty units at the candidate limit.
     */
    public static final int SIGNATURES_IN_MEMORY = 40_000;
    /** How often the store's part older than memory is scanned for expired entries, in stream time. */
    private static final long EXPIRY_SCAN_MS = 60_000;

    private final NearDuplicateRule rule;
    private final String storeName;
    private final int signaturesInMemory;
    private ProcessorContext<String, ClusterAssignment> context;
    private RecentSignatures store;

    public NearDuplicateClusterer(NearDuplicateRule rule, String storeName) {
        this(rule, storeName, SIGNATURES_IN_MEMORY);
    }

    /** With {@code signaturesInMemory} 0 every candidate is read from the store, as before 2 December 2026. */
    public NearDuplicateClusterer(NearDuplicateRule rule, String storeName, int signaturesInMemory) {
        this.rule = rule;
        this.storeName = storeName;
        this.signaturesInMemory = signaturesInMemory;
    }

    /** Also called again when Streams revives the task: memory starts empty, read back from the store. */
    @Override
    public void init(ProcessorContext<String, ClusterAssignment> context) {
        this.context = context;
        KeyValueStore<String, Signature> signatures = context.getStateStore(storeName);
        this.store = new RecentSignatures(signatures, Math.min(rule.maxCandidates(), signaturesInMemory), signaturesInMemory);
    }

    @Override
    public void process(Record<String, EnrichedFeedback> record) {
        EnrichedFeedback feedback = record.value();
        String unit = feedback.getUnitCode();
        try (var scope = MessageLog.of(feedback.getFeedbackId(), unit)) {
            Signature signature = Signature.of(feedback);
            if (store.get(unit, key(unit, signature)) != null) {
                return;
            }
            Best best = bestMatch(unit, signature);
            if (best == null) {
                store.put(unit, key(unit, signature), signature);
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
            store.put(unit, key(unit, best.member()), best.member().inCluster(cluster));
            forward(record, unit, best.member().feedbackId(), cluster, best.score(), null);
        }
        store.put(unit, key(unit, signature), signature.inCluster(cluster));
        forward(record, unit, signature.feedbackId(), cluster, best.score(), best.member().feedbackId());
        log.debug("Near-duplicate of {} (similarity {}), cluster {}", best.member().feedbackId(),
                Math.round(best.score() * 100) / 100.0, cluster);
    }

    /** The most alike of the unit's recent feedback, newest first, if any reaches the threshold. */
    private Best bestMatch(String unit, Signature signature) {
        long window = rule.window().toMillis();
        Best best = null;
        for (Signature member : store.newestFirst(unit, prefix(unit, signature.openedAt() - window),
                prefix(unit, signature.openedAt() + window + 1), rule.maxCandidates())) {
            double score = rule.scoreAtLeast(signature, member,
                    best == null ? rule.threshold() : Math.max(rule.threshold(), best.score()));
            if (score >= rule.threshold() && (best == null || score > best.score())) {
                best = new Best(member, score);
            }
        }
        return best;
    }

    private void expire(String unit) {
        long cutoff = context.currentStreamTimeMs() - 2 * rule.window().toMillis();
        if (cutoff <= 0) {
            return;
        }
        store.removeBefore(unit, prefix(unit, cutoff), cutoff, EXPIRY_SCAN_MS);
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

    /** Zero-padded to 15 digits, so the store's byte order is the order in time within a unit. */
    static String prefix(String unit, long openedAt) {
        String digits = Long.toString(Math.max(0, openedAt));
        return unit + "|" + "0".repeat(Math.max(0, 15 - digits.length())) + digits;
    }

    private record Best(Signature member, double score) {
    }
}
