package vn.phananh.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import vn.phananh.schema.DeadLetterHeaders;

/**
 * Reads a whole topic from its beginning to the end offsets of the moment it started, with its
 * own assigned consumer (no group, nothing committed) and read_committed: a dead letter the
 * processor wrote in a transaction it aborted is not one.
 */
final class DeadLetterTopic {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private DeadLetterTopic() {
    }

    /** Every dead letter of {@code topic}, oldest first within a partition. */
    static List<DeadLetter> read(String bootstrap, String topic) {
        List<DeadLetter> letters = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : readAll(bootstrap, topic)) {
            DeadLetterHeaders headers = DeadLetterHeaders.readFrom(r.headers());
            letters.add(new DeadLetter(r.partition(), r.offset(), Instant.ofEpochMilli(r.timestamp()), r.key(), r.value(),
                    headers, DeadLetterHeaders.text(r.headers(), DeadLetterHeaders.REPLAY_OF)));
        }
        return letters;
    }

    /** The latest value per key of a compacted topic of UTF-8 keys and values; empty when it does not exist yet. */
    static Map<String, String> latestByKey(String bootstrap, String topic) {
        Map<String, String> latest = new HashMap<>();
        if (!exists(bootstrap, topic)) {
            return latest;
        }
        for (ConsumerRecord<byte[], byte[]> r : readAll(bootstrap, topic)) {
            String key = new String(r.key(), StandardCharsets.UTF_8);
            if (r.value() == null) {
                latest.remove(key);
            }
            else {
                latest.put(key, new String(r.value(), StandardCharsets.UTF_8));
            }
        }
        return latest;
    }

    static boolean exists(String bootstrap, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap)) {
            return consumer.listTopics(PATIENCE).containsKey(topic);
        }
    }

    static List<ConsumerRecord<byte[], byte[]>> readAll(String bootstrap, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, PATIENCE).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            if (partitions.isEmpty()) {
                throw new IllegalStateException("The topic " + topic + " does not exist at " + bootstrap);
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, PATIENCE);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within " + PATIENCE);
                }
                consumer.poll(POLL).forEach(records::add);
            }
            return records;
        }
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
