package vn.phananh.outbox.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import vn.phananh.avro.DeliveryOutcome;
import vn.phananh.schema.Topics;

/**
 * The sent ledger, read whole from its compacted topic at start (committed records only) and kept
 * up to date with what this sender writes. A message whose entry says sent or not sent is skipped;
 * a failed one (dead-lettered) may come back by a replay and is tried again.
 */
public final class SentLedger {

    private final Map<String, DeliveryOutcome> outcomes = new ConcurrentHashMap<>();

    /** Reads every entry of {@code topic} up to its end as of now. */
    public static SentLedger load(String bootstrap, String topic, Duration timeout) {
        SentLedger ledger = new SentLedger();
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, timeout) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The sent ledger " + topic + " could not be read within " + timeout);
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    ledger.apply(r.key(), r.value());
                }
            }
        }
        return ledger;
    }

    private void apply(String messageId, byte[] value) {
        if (messageId == null) {
            return;
        }
        if (value == null) {
            outcomes.remove(messageId);
            return;
        }
        try {
            outcomes.put(messageId, Topics.OUTBOX_DELIVERIES.valueSerde().deserializer().deserialize(null, value).getOutcome());
        }
        catch (RuntimeException ex) {
            // An entry this version cannot read says nothing; the message may be tried again.
        }
    }

    /** True when the message was already delivered or refused for a reason: doing it again would repeat it. */
    public boolean settled(String messageId) {
        DeliveryOutcome outcome = outcomes.get(messageId);
        return outcome != null && outcome != DeliveryOutcome.FAILED;
    }

    public void record(String messageId, DeliveryOutcome outcome) {
        outcomes.put(messageId, outcome);
    }

    public int size() {
        return outcomes.size();
    }
}
