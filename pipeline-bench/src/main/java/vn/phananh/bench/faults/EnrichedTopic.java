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
 * {@code _id} is the feedback id), but the stream processor could still write one twice after a
 * crash. Counts, per accepted id, the committed records on the enriched topic since a mark.
 */
final class EnrichedTopic {

    static Map<TopicPartition, Long> mark(KafkaView kafka) {
        return kafka.endOffsets(Topics.ENRICHED_NAME);
    }

    /** How many committed enriched records each of {@code ids} has since {@code mark}; absent ids have none. */
    static Map<String, Integer> countsSince(KafkaView kafka, Map<TopicPartition, Long> mark, Set<String> ids) {
        Map<String, Integer> counts = new HashMap<>();
        for (var record : kafka.readSince(Topics.ENRICHED_NAME, mark)) {
            String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
            if (key != null && ids.contains(key)) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        return counts;
    }

    private EnrichedTopic() {
    }
}
