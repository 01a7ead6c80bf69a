package vn.phananh.outbox.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.phananh.avro.Channel;
import vn.phananh.avro.OutboundMessage;
import vn.phananh.avro.OutboxDelivery;
import vn.phananh.schema.DeadLetterHeaders;
import vn.phananh.schema.MessageLog;
import vn.phananh.schema.Topics;

/**
 * Reads {@code feedback.outbox.v1} and delivers each message once. For every record, in one Kafka
 * transaction: the ledger entry (sent, not sent with the reason, or failed), the dead letter of a
 * failed one (its original bytes, the platform's last error in {@code phananh.dlq.error}), and the
 * record's offset. So a crash before the commit delivers the message again (a platform offers no
 * idempotency key), and one after it never does.
 * <p>
 * Back-off runs on this thread: a partition waits while one of its messages is retried, which the
 * retry policy bounds well below {@code max.poll.interval.ms}.
 */
public final class OutboxWorker implements Runnable {

    static final String STAGE = "outbox";
    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    /** Where the worker reads and writes. */
    public record Settings(String bootstrap, String groupId, String transactionalId, String outboxTopic,
            String deliveriesTopic, String dlqTopic) {
    }

    private final Settings settings;
    private final Deliverer deliverer;
    private final SentLedger ledger;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private volatile boolean running = true;
    private KafkaConsumer<String, byte[]> consumer;

    public OutboxWorker(Settings settings, Deliverer deliverer, SentLedger ledger, OutboxMetrics metrics, Clock clock) {
        this.settings = settings;
        this.deliverer = deliverer;
        this.ledger = ledger;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void run() {
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(consumerProperties(), new StringDeserializer(),
                new ByteArrayDeserializer());
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties(), new StringSerializer(),
                        new ByteArraySerializer())) {
            consumer = c;
            producer.initTransactions();
            consumer.subscribe(List.of(settings.outboxTopic()));
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (!handle(record, producer)) {
                        break;
                    }
                }
            }
        }
        catch (WakeupException ex) {
            // stop() woke the poll
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        catch (RuntimeException ex) {
            log.error("The outbox sender stopped: {}", ex.toString());
            throw ex;
        }
    }

    /** False when the batch must be polled again from the record (its transaction failed). */
    private boolean handle(ConsumerRecord<String, byte[]> record, KafkaProducer<String, byte[]> producer)
            throws InterruptedException {
        OutboundMessage message;
        try {
            message = Topics.OUTBOX.valueSerde().deserializer().deserialize(record.topic(), record.value());
        }
        catch (RuntimeException ex) {
            return commit(record, producer, null, null, "undecodable outbound message: " + ex.getClass().getSimpleName());
        }
        try (var scope = MessageLog.of(message.getFeedbackId(), message.getUnitCode())) {
            if (ledger.settled(message.getMessageId())) {
                metrics.skipped(message.getChannel());
                log.info("Outbound {} already in the ledger; not sent again", message.getMessageId());
                return commit(record, producer, null, null, null);
            }
            Outcome outcome = deliverer.deliver(message);
            boolean committed = commit(record, producer, message, outcome, outcome.failed() ? outcome.reason() : null);
            if (committed) {
                ledger.record(message.getMessageId(), outcome.outcome());
                metrics.outcome(message.getChannel(), outcome);
                log.info("Outbound {} {} by {} after {} attempt(s){}", message.getMessageId(), outcome.outcome(),
                        outcome.route().tag(), outcome.attempts(), outcome.reason() == null ? "" : ": " + outcome.reason());
            }
            return committed;
        }
    }

    private boolean commit(ConsumerRecord<String, byte[]> record, KafkaProducer<String, byte[]> producer,
            OutboundMessage message, Outcome outcome, String deadLetterError) {
        try {
            producer.beginTransaction();
            if (message != null) {
                producer.send(new ProducerRecord<>(settings.deliveriesTopic(), message.getMessageId(), ledgerEntry(message, outcome)));
            }
            if (deadLetterError != null) {
                var headers = new DeadLetterHeaders(record.topic(), record.partition(), record.offset(), STAGE, deadLetterError)
                        .writeTo(new RecordHeaders());
                DeadLetterHeaders.carryReplayOf(record.headers(), headers);
                producer.send(new ProducerRecord<>(settings.dlqTopic(), null, record.key(), record.value(), headers));
            }
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            producer.sendOffsetsToTransaction(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)),
                    consumer.groupMetadata());
            producer.commitTransaction();
            return true;
        }
        catch (KafkaException ex) {
            log.warn("Could not commit the outcome of offset {} of {}-{}; it is read again: {}", record.offset(),
                    record.topic(), record.partition(), ex.toString());
            try {
                producer.abortTransaction();
            }
            catch (KafkaException abort) {
                // fenced or broken: the loop's next transaction fails the same way and the sender restarts
                throw ex;
            }
            consumer.seek(new TopicPartition(record.topic(), record.partition()), record.offset());
            return false;
        }
    }

    private byte[] ledgerEntry(OutboundMessage m, Outcome outcome) {
        OutboxDelivery entry = OutboxDelivery.newBuilder().setMessageId(m.getMessageId()).setFeedbackId(m.getFeedbackId())
                .setUnitCode(m.getUnitCode()).setChannel(m.getChannel() == null ? Channel.OTHER : m.getChannel())
                .setRoute(outcome.route().tag()).setOutcome(outcome.outcome()).setReason(outcome.reason())
                .setPlatformMessageId(outcome.platformId()).setAttempts(outcome.attempts()).setAt(clock.instant())
                .build();
        return Topics.OUTBOX_DELIVERIES.valueSerde().serializer().serialize(settings.deliveriesTopic(), entry);
    }

    public void stop() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    private Properties consumerProperties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrap());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "20");
        return p;
    }

    private Properties producerProperties() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrap());
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, settings.transactionalId());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return p;
    }
}
