package vn.phananh.units;

import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import vn.phananh.schema.Topics;

/** Writes a unit to {@code units.v1} (idempotent producer, every replica acknowledging) as its next revision. */
public final class UnitPublisher implements AutoCloseable {

    private final String topic;
    private final KafkaProducer<String, byte[]> producer;
    private final Clock clock;

    public UnitPublisher(String bootstrap, String topic, Clock clock) {
        this.topic = topic;
        this.clock = clock;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes {@code unit} after the revision {@code current} holds of it; answers what was written. */
    public UnitDefinition publish(UnitDefinition unit, UnitDirectory current) {
        long revision = current.unit(unit.code()).map(u -> u.revision() + 1).orElse(1L);
        UnitDefinition published = unit.published(revision, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        byte[] value = Topics.UNITS.valueSerde().serializer().serialize(topic, UnitCodec.toRecord(published));
        try {
            producer.send(new ProducerRecord<>(topic, unit.code(), value)).get(30, TimeUnit.SECONDS);
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException("Kafka refused unit " + unit.code() + ": " + ex.getCause(), ex.getCause());
        }
        catch (TimeoutException ex) {
            throw new IllegalStateException("Kafka did not acknowledge unit " + unit.code() + " in time", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
        return published;
    }

    @Override
    public void close() {
        producer.close();
    }
}
