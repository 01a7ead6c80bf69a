package vn.phananh.search.rebuild;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads a topic from the beginning up to the end offsets it had when the replay started,
 * with a consumer of its own (assigned partitions, no group, nothing committed).
 */
final class Replay {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<TopicPartition, Long> end;

    Replay(KafkaConsumer<String, byte[]> consumer, String topic) {
        this.consumer = consumer;
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        this.end = consumer.endOffsets(partitions);
    }

    long total() {
        Map<TopicPartition, Long> begin = consumer.beginningOffsets(end.keySet());
        return end.entrySet().stream().mapToLong(e -> e.getValue() - begin.get(e.getKey())).sum();
    }

    /** Hands every batch to {@code sink} until caught up with the end offsets. */
    void run(java.util.function.Consumer<List<ConsumerRecord<String, byte[]>>> sink, LongConsumer progress) {
        long count = 0;
        while (!caughtUp()) {
            ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
            List<ConsumerRecord<String, byte[]>> batch = new java.util.ArrayList<>(records.count());
            for (ConsumerRecord<String, byte[]> r : records) {
                if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                    batch.add(r);
                }
            }
            if (!batch.isEmpty()) {
                sink.accept(batch);
                count += batch.size();
                progress.accept(count);
            }
        }
    }

    private boolean caughtUp() {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
