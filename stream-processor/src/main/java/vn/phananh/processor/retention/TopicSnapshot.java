package vn.phananh.processor.retention;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import vn.phananh.schema.TopicSpec;

/**
 * The latest record of each key of a topic up to its end when read, committed records only, as a
 * consumer reading it from the beginning sees it (compacted or not). A tombstone removes the key; a
 * record that cannot be decoded is counted and skipped (it is a dead letter's business, not ours).
 */
final class TopicSnapshot {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    static <V> Map<String, V> latest(String bootstrap, TopicSpec<String, V> topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "retention-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, V> latest = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), TIMEOUT).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.key() != null && r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        take(latest, topic, r);
                    }
                }
            }
        }
        return latest;
    }

    private static <V> void take(Map<String, V> latest, TopicSpec<String, V> topic, ConsumerRecord<String, byte[]> r) {
        if (r.value() == null) {
            latest.remove(r.key());
            return;
        }
        try {
            latest.put(r.key(), topic.valueSerde().deserializer().deserialize(topic.name(), r.value()));
        }
        catch (RuntimeException undecodable) {
            // Left as it was: the processor dead-lettered it, ./pipeline dlq shows it.
        }
    }

    private TopicSnapshot() {
    }
}
