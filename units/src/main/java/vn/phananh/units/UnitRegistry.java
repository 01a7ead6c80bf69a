package vn.phananh.units;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.phananh.avro.UnitConfig;
import vn.phananh.schema.Topics;

/**
 * The units in force, read live from the compacted topic {@code units.v1} by every service: a
 * thread of its own reads the topic from its beginning (no consumer group, nothing committed, so
 * every instance sees every unit) and replaces the {@link UnitDirectory} after each change. A record
 * that cannot be decoded, or whose key is not its code, is skipped with a warning and the unit keeps
 * its previous description.
 */
public final class UnitRegistry implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UnitRegistry.class);
    private static final Duration POLL = Duration.ofMillis(250);

    private final String bootstrap;
    private final String topic;
    private final List<Consumer<UnitDirectory>> listeners = new CopyOnWriteArrayList<>();
    private final Object caughtUp = new Object();
    private volatile UnitDirectory current = UnitDirectory.empty();
    private volatile long caughtUpSince = Long.MIN_VALUE;
    private volatile boolean running;
    private KafkaConsumer<String, byte[]> consumer;
    private Thread reader;

    public UnitRegistry(String bootstrap, String topic) {
        this.bootstrap = bootstrap;
        this.topic = topic;
    }

    /** Starts reading (creating the topic when missing) and waits until everything on it is read. */
    public synchronized UnitRegistry start(Duration timeout) {
        if (running) {
            return this;
        }
        createTopicIfMissing();
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "units-reader-" + ProcessHandle.current().pid());
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        TopicPartition partition = new TopicPartition(topic, 0);
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
        running = true;
        reader = new Thread(() -> read(partition), "units-reader");
        reader.setDaemon(true);
        reader.start();
        if (!awaitCaughtUp(System.nanoTime(), timeout)) {
            throw new IllegalStateException("The units on " + topic + " at " + bootstrap + " could not be read within " + timeout);
        }
        log.info("Units in force: {}", current.codes());
        return this;
    }

    /** The units in force now. */
    public UnitDirectory current() {
        return current;
    }

    /**
     * A unit, reading up to the end of the topic first when it is not known yet: a unit added a
     * moment ago may be on the topic already while this reader has not got there.
     */
    public Optional<UnitDefinition> find(String code, Duration wait) {
        Optional<UnitDefinition> known = current.unit(code);
        if (known.isPresent() || code == null) {
            return known;
        }
        awaitCaughtUp(System.nanoTime(), wait);
        return current.unit(code);
    }

    /** Called on the reader's thread with the new directory after every change. */
    public void onChange(Consumer<UnitDirectory> listener) {
        listeners.add(listener);
    }

    private void read(TopicPartition partition) {
        try {
            while (running) {
                long started = System.nanoTime();
                UnitDirectory before = current;
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    apply(record);
                }
                if (current != before) {
                    UnitDirectory now = current;
                    listeners.forEach(l -> l.accept(now));
                }
                Map<TopicPartition, Long> end = consumer.endOffsets(List.of(partition), Duration.ofSeconds(5));
                if (consumer.position(partition) >= end.get(partition)) {
                    synchronized (caughtUp) {
                        caughtUpSince = started;
                        caughtUp.notifyAll();
                    }
                }
            }
        }
        catch (WakeupException ex) {
            // closing
        }
        catch (RuntimeException ex) {
            if (running) {
                log.error("Reading {} stopped: {}", topic, ex.toString());
            }
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            current = current.without(record.key());
            log.info("Unit {} removed", record.key());
            return;
        }
        try {
            UnitConfig config = Topics.UNITS.valueSerde().deserializer().deserialize(topic, record.value());
            if (!config.getCode().equals(record.key())) {
                log.warn("Skipped a unit record at offset {}: its key {} is not its code", record.offset(), record.key());
                return;
            }
            current = current.with(UnitCodec.fromRecord(config));
            log.info("Unit {} at revision {}", config.getCode(), config.getRevision());
        }
        catch (RuntimeException ex) {
            log.warn("Skipped an undecodable unit record at offset {} (key {}); the unit keeps its previous description: {}",
                    record.offset(), record.key(), ex.toString());
        }
    }

    private boolean awaitCaughtUp(long since, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (caughtUp) {
            while (caughtUpSince < since) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !running) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(caughtUp, left);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    private void createTopicIfMissing() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Topics.TopicSettings units = Topics.units();
            admin.createTopics(List.of(new Topics.TopicSettings(topic, units.partitions(), units.cleanupPolicy(),
                    units.retentionMs()).toNewTopic(Optional.empty()))).all().get(30, TimeUnit.SECONDS);
        }
        catch (ExecutionException ex) {
            if (!(ex.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create " + topic + ": " + ex.getCause(), ex.getCause());
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
        catch (java.util.concurrent.TimeoutException ex) {
            throw new IllegalStateException("Kafka at " + bootstrap + " did not answer in time to create " + topic, ex);
        }
    }

    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        consumer.wakeup();
        try {
            reader.join(10_000);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        consumer.close(Duration.ofSeconds(5));
    }
}
