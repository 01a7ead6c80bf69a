package vn.phananh.schema;

import org.apache.kafka.common.serialization.Serde;

/**
 * One Kafka topic: its name and the serdes of its key and value. Immutable, so every module
 * that names a topic reads the same spelling and the same serialisation from here.
 */
public record TopicSpec<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {
}
