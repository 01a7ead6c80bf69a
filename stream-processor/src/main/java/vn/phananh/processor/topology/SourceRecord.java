package vn.phananh.processor.topology;

/**
 * Where an input record came from and its bytes exactly as read, kept so that a record rejected
 * at any stage can be dead-lettered unchanged.
 */
record SourceRecord(String topic, int partition, long offset, byte[] key, byte[] value) {
}
