package vn.phananh.search.indexing;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One write of a bulk: an index (with an external version when {@code version} is set) or,
 * when {@code document} is null, a delete; with the Kafka record it came from.
 */
record BulkItem(IndexTargets.Target target, String id, Long version, Object document,
        ConsumerRecord<String, byte[]> source) {
}
