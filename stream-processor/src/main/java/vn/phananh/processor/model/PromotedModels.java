package vn.phananh.processor.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.phananh.avro.ClassifierModel;
import vn.phananh.processor.classify.ClassifierModels;
import vn.phananh.schema.Topics;

/**
 * The promoted model on {@code classifier.models.v1} (compacted, one partition, key
 * {@code promoted}): read at start and followed while running by every processor instance, written
 * by {@code ./pipeline retrain}. Kafka is the system of record for models too, so an instance on
 * another machine, or one that starts later, finds the same model without a shared disk.
 */
public final class PromotedModels implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PromotedModels.class);
    private static final TopicPartition PARTITION = new TopicPartition(Topics.MODELS_NAME, 0);

    private final String bootstrapServers;
    private volatile KafkaConsumer<String, ClassifierModel> follower;
    private Thread thread;

    public PromotedModels(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The latest promoted model, reading the topic to its end; empty when none was ever promoted. */
    public Optional<ClassifierModel> latest(Duration timeout) {
        try (KafkaConsumer<String, ClassifierModel> consumer = consumer()) {
            consumer.assign(List.of(PARTITION));
            consumer.seekToBeginning(List.of(PARTITION));
            long end = consumer.endOffsets(List.of(PARTITION), timeout).get(PARTITION);
            ClassifierModel latest = null;
            long deadline = System.nanoTime() + timeout.toNanos();
            while (consumer.position(PARTITION, timeout) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + Topics.MODELS_NAME + " to its end within " + timeout);
                }
                for (ConsumerRecord<String, ClassifierModel> r : consumer.poll(Duration.ofMillis(500))) {
                    if (Topics.PROMOTED_MODEL_KEY.equals(r.key()) && r.value() != null) {
                        latest = r.value();
                    }
                }
            }
            return Optional.ofNullable(latest);
        }
    }

    /**
     * Follows the topic from {@code fromEnd} on a daemon thread and hands every newly promoted model
     * to {@code onPromoted}. A record that is not a usable model is logged and skipped: the
     * running model stays.
     */
    public synchronized void follow(Consumer<ClassifierModels> onPromoted) {
        KafkaConsumer<String, ClassifierModel> consumer = consumer();
        consumer.assign(List.of(PARTITION));
        consumer.seekToEnd(List.of(PARTITION));
        consumer.position(PARTITION);
        follower = consumer;
        thread = Thread.ofPlatform().daemon().name("promoted-model-follower").start(() -> followLoop(consumer, onPromoted));
    }

    private void followLoop(KafkaConsumer<String, ClassifierModel> consumer, Consumer<ClassifierModels> onPromoted) {
        try (consumer) {
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, ClassifierModel> r : consumer.poll(Duration.ofSeconds(1))) {
                    if (Topics.PROMOTED_MODEL_KEY.equals(r.key()) && r.value() != null) {
                        load(r.value()).ifPresent(onPromoted);
                    }
                }
            }
        } catch (WakeupException stopping) {
            // close() woke the loop up: the application is stopping.
        } catch (RuntimeException e) {
            log.error("Stopped following {}: {}; the current model stays in use", Topics.MODELS_NAME, e.toString());
        }
    }

    /** The model of a record, or empty (logged) when its bundle cannot be read. */
    public static Optional<ClassifierModels> load(ClassifierModel record) {
        try {
            return Optional.of(ClassifierModels.fromBytes(record.getBundle().array()));
        } catch (RuntimeException e) {
            log.error("Promoted model {} cannot be read: {}", record.getVersion(), e.toString());
            return Optional.empty();
        }
    }

    /** Writes a promoted model and waits until Kafka has it. */
    public void promote(ClassifierModel model, Duration timeout) throws Exception {
        try (KafkaProducer<String, ClassifierModel> producer = new KafkaProducer<>(producerConfig(),
                new StringSerializer(), Topics.MODELS.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(Topics.MODELS_NAME, Topics.PROMOTED_MODEL_KEY, model))
                    .get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void close() throws InterruptedException {
        KafkaConsumer<String, ClassifierModel> consumer = follower;
        if (consumer != null) {
            consumer.wakeup();
            thread.join(Duration.ofSeconds(5));
        }
    }

    private KafkaConsumer<String, ClassifierModel> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "promoted-models-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.MODELS_MAX_BYTES);
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Topics.MODELS_MAX_BYTES);
        return new KafkaConsumer<>(config, new StringDeserializer(), Topics.MODELS.valueSerde().deserializer());
    }

    private Map<String, Object> producerConfig() {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MODELS_MAX_BYTES,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 2L * Topics.MODELS_MAX_BYTES,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    }
}
