package vn.phananh.bench.faults;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import vn.phananh.avro.StatusAction;
import vn.phananh.avro.StatusChange;
import vn.phananh.bench.KafkaView;
import vn.phananh.bench.Target;
import vn.phananh.schema.Topics;

/**
 * Writes bad records straight into every topic, past the ingest service's validation: bytes that
 * are not a record, an empty value, a record cut short, a record of another topic's type, a
 * tombstone where none belongs, a valid raw record under the wrong key, a staff action on a
 * feedback that does not exist. The real records cut short or misplaced are taken from the
 * topics themselves, so they are exactly what the pipeline writes.
 */
final class PoisonBatch {

    private static final byte[] GARBAGE = "not a Phản Ánh record {\u0000\u00ff".getBytes(StandardCharsets.UTF_8);

    /** A record to write: where, what kind of bad, who should dead-letter it. */
    private record Planned(String topic, String kind, String group, byte[] value) {
    }

    private final KafkaView kafka;
    private final Target target;
    private final String runId;

    PoisonBatch(KafkaView kafka, Target target, String runId) {
        this.kafka = kafka;
        this.target = target;
        this.runId = runId;
    }

    /** Writes the batch and answers each record with where it landed. */
    List<Poison> write() {
        byte[] raw = firstValue(Topics.RAW_NAME);
        byte[] enriched = firstValue(Topics.ENRICHED_NAME);
        String processor = target.processorGroup();
        String indexer = target.indexerGroup();
        List<Planned> plan = List.of(
                new Planned(Topics.RAW_NAME, "garbage bytes", processor, GARBAGE),
                new Planned(Topics.RAW_NAME, "empty value", processor, new byte[0]),
                new Planned(Topics.RAW_NAME, "raw record cut short", processor, half(raw)),
                new Planned(Topics.RAW_NAME, "enriched record (another type)", processor, enriched),
                new Planned(Topics.RAW_NAME, "tombstone", processor, null),
                new Planned(Topics.RAW_NAME, "valid raw record under another key", processor, raw),
                new Planned(Topics.STATUS_NAME, "garbage bytes", processor, GARBAGE),
                new Planned(Topics.STATUS_NAME, "tombstone", processor, null),
                new Planned(Topics.STATUS_NAME, "action on an unknown feedback", processor, null),
                new Planned(Topics.ENRICHED_NAME, "garbage bytes", indexer, GARBAGE),
                new Planned(Topics.ENRICHED_NAME, "enriched record cut short", indexer, half(enriched)),
                new Planned(Topics.ENRICHED_NAME, "raw record (another type)", indexer, raw),
                new Planned(Topics.ALERTS_NAME, "garbage bytes", indexer, GARBAGE),
                new Planned(Topics.ALERTS_NAME, "empty value", indexer, new byte[0]),
                new Planned(Topics.ALERTS_NAME, "enriched record (another type)", indexer, enriched),
                new Planned(Topics.CHANNEL_EVENTS_NAME, "garbage bytes", indexer, GARBAGE),
                new Planned(Topics.CHANNEL_EVENTS_NAME, "enriched record (another type)", indexer, enriched));
        List<Poison> written = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (int i = 0; i < plan.size(); i++) {
                written.add(send(producer, plan.get(i), "poison-" + runId + "-" + i));
            }
        }
        return written;
    }

    private Poison send(KafkaProducer<byte[], byte[]> producer, Planned p, String key) {
        byte[] value = p.kind().equals("action on an unknown feedback") ? unknownFeedbackAction(key) : p.value();
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        try {
            RecordMetadata at = producer.send(new ProducerRecord<>(p.topic(), keyBytes, value)).get(30, TimeUnit.SECONDS);
            return new Poison(p.topic(), p.kind(), p.group(), keyBytes, value, at.partition(), at.offset());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", ex);
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("Cannot write poison to " + p.topic() + ": " + ex.getMessage(), ex);
        }
    }

    /** A well-formed staff action keyed by its own (made-up) feedback id, which the processor never saw. */
    private static byte[] unknownFeedbackAction(String feedbackId) {
        StatusChange change = StatusChange.newBuilder().setChangeId(feedbackId + "-change").setFeedbackId(feedbackId)
                .setUnitCode("xa-hung-cuong").setAction(StatusAction.ACKNOWLEDGE).setActor("fault-drill")
                .setAt(Instant.now()).build();
        return Topics.STATUS.valueSerde().serializer().serialize(Topics.STATUS_NAME, change);
    }

    /** The value of the first record of a topic: a real record as the pipeline wrote it. */
    private byte[] firstValue(String topic) {
        for (ConsumerRecord<byte[], byte[]> record : kafka.readSince(topic, Map.of())) {
            if (record.value() != null && record.value().length > 0) {
                return record.value();
            }
        }
        throw new IllegalStateException(topic + " holds no record to make poison from; is the load running?");
    }

    private static byte[] half(byte[] record) {
        return Arrays.copyOf(record, record.length / 2);
    }

    private KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.LINGER_MS_CONFIG, 0), new ByteArraySerializer(), new ByteArraySerializer());
    }
}
