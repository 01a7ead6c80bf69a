package vn.phananh.deadletters;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import vn.phananh.schema.DeadLetterHeaders;
import vn.phananh.schema.Topics;

/**
 * Writes a dead letter's original key and bytes back to its source topic and notes it in the
 * replay ledger, both in one Kafka transaction: a replay is in the ledger exactly when it was
 * written, whatever stops this process in between. The key picks the partition as it did for
 * the original producer, so raw messages and staff actions stay co-partitioned. One transactional
 * id for every replayer: a second replay started meanwhile fences the first instead of racing it.
 */
final class Replayer implements AutoCloseable {

    static final String TRANSACTIONAL_ID = "phananh-dlq-replay";

    private final KafkaProducer<byte[], byte[]> producer;
    private final String ledger;

    Replayer(String bootstrap, String ledger) {
        createLedgerIfMissing(bootstrap, ledger);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, TRANSACTIONAL_ID);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "60000");
        this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
        this.ledger = ledger;
        producer.initTransactions();
    }

    /** Replays one dead letter; returns where the replay was written ({@code feedback.raw.v1-2@345}). */
    String replay(DeadLetter letter) {
        String source = letter.headers().sourceTopic();
        producer.beginTransaction();
        try {
            ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(source, letter.key(), letter.value());
            again.headers().add(DeadLetterHeaders.REPLAY_OF, utf8(letter.coordinates()));
            RecordMetadata written = producer.send(again).get(60, TimeUnit.SECONDS);
            String to = source + "-" + written.partition() + "@" + written.offset();
            producer.send(new ProducerRecord<>(ledger, utf8(letter.coordinates()), utf8(to))).get(60, TimeUnit.SECONDS);
            producer.commitTransaction();
            return to;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            producer.abortTransaction();
            throw new IllegalStateException("Interrupted while replaying " + letter.coordinates(), ex);
        }
        catch (ExecutionException | TimeoutException ex) {
            producer.abortTransaction();
            throw new IllegalStateException("Kafka did not take the replay of " + letter.coordinates() + ": "
                    + ex.getMessage(), ex);
        }
    }

    /**
     * The processor creates the ledger with every topic at start; a pipeline from before the ledger
     * existed gets it here, with the settings of {@link Topics}.
     */
    private static void createLedgerIfMissing(String bootstrap, String ledger) {
        if (DeadLetterTopic.exists(bootstrap, ledger)) {
            return;
        }
        Topics.TopicSettings settings = Topics.all(1).stream().filter(t -> t.name().equals(Topics.DLQ_REPLAYS_NAME))
                .findFirst().orElseThrow();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            NewTopic topic = new NewTopic(ledger, Optional.of(settings.partitions()), Optional.empty())
                    .configs(settings.toNewTopic(Optional.empty()).configs());
            admin.createTopics(List.of(topic)).all().get(60, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating " + ledger, ex);
        }
        catch (ExecutionException | TimeoutException ex) {
            if (!(ex.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create the replay ledger " + ledger + ": " + ex.getMessage(), ex);
            }
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
