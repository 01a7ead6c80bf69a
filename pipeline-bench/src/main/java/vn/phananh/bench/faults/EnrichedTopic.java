package vn.phananh.bench.faults;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.TopicPartition;

import vn.phananh.bench.KafkaView;
import vn.phananh.schema.Topics;

/**
 * Exactly once below the search index: the search index cannot show a feedback twice (its
 * {@code _id} is the feedback id), but the stream processor could still write one state twice after a
 * crash. A feedback legitimately has several records (each revision: taken in, put in a near-duplicate
 * cluster, acted on), so what counts is how often each of its revisions was written: more than once
 * is a duplicate.
 */
final class EnrichedTopic {

    static Map<TopicPartition, Long> mark(KafkaView kafka) {
        return kafka.endOffsets(Topics.ENRICHED_NAME);
    }

    /**
     * For each of {@code ids} with committed enriched records since {@code mark}: how many times its most
     * often written revision was written (1 when every revision was written once); absent ids have none.
     */
    static Map<String, Integer> countsSince(KafkaView kafka, Map<TopicPartition, Long> mark, Set<String> ids) {
        Map<String, Map<Long, Integer>> byRevision = new HashMap<>();
        for (var record : kafka.readSince(Topics.ENRICHED_NAME, mark)) {
            String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
            if (key != null && ids.contains(key)) {
                byRevision.computeIfAbsent(key, k -> new HashMap<>()).merge(revision(record.value()), 1, Integer::sum);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        byRevision.forEach((id, revisions) -> counts.put(id, revisions.values().stream().max(Integer::compare).orElse(0)));
        return counts;
    }

    /** The record's revision; -1 for a value that is not an enriched feedback (each such counts as one revision). */
    private static long revision(byte[] value) {
        try {
            return value == null ? -1 : Topics.ENRICHED.valueSerde().deserializer().deserialize(Topics.ENRICHED_NAME, value)
                    .getRevision();
        }
        catch (RuntimeException ex) {
            return -1;
        }
    }

    private EnrichedTopic() {
    }
}
