package vn.phananh.search.indexing;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A record that can never be indexed, with the stage that refused it and why. */
record Rejected(ConsumerRecord<String, byte[]> source, String stage, String reason) {
}
