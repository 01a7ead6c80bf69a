package vn.phananh.bench.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import vn.phananh.bench.KafkaView;
import vn.phananh.schema.DeadLetterHeaders;
import vn.phananh.schema.Topics;

/**
 * The dead letters written since a mark, and the check that they are exactly the poison records of
 * a drill: each names its source topic, partition and offset, carries a stage and an error, and
 * holds the original key and bytes.
 */
final class DeadLetterTopic {

    /** A dead letter as written by the stream processor or the search API's indexer. */
    record DeadLetter(DeadLetterHeaders headers, byte[] key, byte[] value) {

        String source() {
            return headers.source();
        }

        String stage() {
            return headers.stage();
        }

        String error() {
            return headers.error();
        }
    }

    static Map<TopicPartition, Long> mark(KafkaView kafka) {
        return kafka.endOffsets(Topics.DLQ_NAME);
    }

    /** Every dead letter written since {@code mark}, up to the current end (read committed). */
    static List<DeadLetter> since(KafkaView kafka, Map<TopicPartition, Long> mark) {
        return kafka.readSince(Topics.DLQ_NAME, mark).stream().map(DeadLetterTopic::letter).toList();
    }

    /**
     * The dead letters since {@code mark}, read once each poison record's consumer group has
     * committed past it (its dead letter is written by then), waiting two minutes at most.
     */
    static List<DeadLetter> afterConsumersPassed(KafkaView kafka, Map<TopicPartition, Long> mark, List<Poison> poison) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        for (Poison p : poison) {
            TopicPartition tp = new TopicPartition(p.topic(), p.partition());
            while (kafka.committed(p.group(), p.topic()).getOrDefault(tp, -1L) <= p.offset() && System.nanoTime() < deadline) {
                Drill.pause(Duration.ofMillis(500));
            }
        }
        return since(kafka, mark);
    }

    /** Problems, empty when the dead letters are exactly the expected poison records with their reasons. */
    static List<String> compare(List<Poison> expected, List<DeadLetter> found) {
        List<String> problems = new ArrayList<>();
        Map<String, DeadLetter> bySource = new HashMap<>();
        for (DeadLetter letter : found) {
            if (bySource.put(letter.source(), letter) != null) {
                problems.add("dead-lettered twice: " + letter.source());
            }
        }
        for (Poison poison : expected) {
            DeadLetter letter = bySource.remove(poison.topic() + "-" + poison.partition() + "@" + poison.offset());
            if (letter == null) {
                problems.add("no dead letter for " + poison.describe());
            }
            else if (blank(letter.stage()) || blank(letter.error())) {
                problems.add("dead letter without stage or error for " + poison.describe());
            }
            else if (!Arrays.equals(letter.value(), poison.value()) || !Arrays.equals(letter.key(), poison.key())) {
                problems.add("dead letter of " + poison.describe() + " does not hold the original key and bytes");
            }
        }
        bySource.values().forEach(l -> problems.add("unexpected dead letter from " + l.source() + ": " + l.stage() + " "
                + l.error()));
        return problems;
    }

    private static DeadLetter letter(ConsumerRecord<byte[], byte[]> r) {
        return new DeadLetter(DeadLetterHeaders.readFrom(r.headers()), r.key(), r.value());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private DeadLetterTopic() {
    }
}
