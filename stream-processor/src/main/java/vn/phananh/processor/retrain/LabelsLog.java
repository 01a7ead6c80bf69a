package vn.phananh.processor.retrain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import vn.phananh.avro.LabelCorrection;
import vn.phananh.schema.Topics;

/**
 * Every staff correction on {@code feedback.labels.v1} up to its current end, read without a
 * consumer group, with the end offsets so a model can record exactly which corrections it saw.
 */
final class LabelsLog {

    /** One correction and where it sits on the topic. */
    record Entry(LabelCorrection correction, int partition, long offset) {
    }

    /** The corrections in the order they were made, and for each partition the offset read up to. */
    record Snapshot(List<Entry> entries, Map<Integer, Long> endOffsets) {

        List<LabelCorrection> all() {
            return entries.stream().map(Entry::correction).toList();
        }

        /** The corrections below the given offsets: what a model trained at those offsets saw. */
        List<LabelCorrection> below(Map<Integer, Long> offsets) {
            return entries.stream().filter(e -> e.offset() < offsets.getOrDefault(e.partition(), 0L))
                    .map(Entry::correction).toList();
        }
    }

    private final String bootstrapServers;

    LabelsLog(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    Snapshot read(Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "retrain-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, LabelCorrection> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                Topics.LABELS.valueSerde().deserializer())) {
            List<TopicPartition> all = consumer.partitionsFor(Topics.LABELS_NAME, timeout).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(all);
            consumer.seekToBeginning(all);
            Map<TopicPartition, Long> end = consumer.endOffsets(all, timeout);
            List<ConsumerRecord<String, LabelCorrection>> records = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (all.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + Topics.LABELS_NAME + " to its end within " + timeout);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            records.sort(Comparator.comparing((ConsumerRecord<String, LabelCorrection> r) -> r.value().getAt())
                    .thenComparing(ConsumerRecord::partition).thenComparing(ConsumerRecord::offset));
            List<Entry> entries = new ArrayList<>();
            for (ConsumerRecord<String, LabelCorrection> r : records) {
                if (r.value() != null && r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                    entries.add(new Entry(r.value(), r.partition(), r.offset()));
                }
            }
            Map<Integer, Long> endOffsets = new HashMap<>();
            end.forEach((tp, offset) -> endOffsets.put(tp.partition(), offset));
            return new Snapshot(entries, endOffsets);
        }
    }
}
