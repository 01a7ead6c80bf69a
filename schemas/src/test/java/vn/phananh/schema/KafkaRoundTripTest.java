package vn.phananh.schema;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.phananh.avro.RawFeedback;
import vn.phananh.testsupport.KafkaService;
import vn.phananh.testsupport.RealServicesExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Avro records through a real broker, plain and transactional. */
@ExtendWith(RealServicesExtension.class)
class KafkaRoundTripTest {

    @Test
    void producesAndConsumesAvroRecords(KafkaService kafka) throws Exception {
        String topic = newTopic(kafka);
        RawFeedback sent = Samples.raw("plain-1");
        try (KafkaProducer<String, RawFeedback> producer = producer(kafka, null)) {
            producer.send(new ProducerRecord<>(topic, sent.getFeedbackId(), sent)).get(30, TimeUnit.SECONDS);
        }

        List<ConsumerRecord<String, RawFeedback>> received = consumeAll(kafka, topic, "read_uncommitted", 1);
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo(sent.getFeedbackId());
            assertThat(r.value()).isEqualTo(sent);
        });
    }

    @Test
    void readCommittedConsumersSeeOnlyCommittedTransactions(KafkaService kafka) throws Exception {
        String topic = newTopic(kafka);
        RawFeedback committed = Samples.raw("tx-committed");
        RawFeedback aborted = Samples.raw("tx-aborted");
        RawFeedback committedAfter = Samples.raw("tx-committed-after");
        try (KafkaProducer<String, RawFeedback> producer = producer(kafka, "tx-" + UUID.randomUUID())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, committed.getFeedbackId(), committed));
            producer.commitTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, aborted.getFeedbackId(), aborted));
            producer.flush();
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, committedAfter.getFeedbackId(), committedAfter));
            producer.commitTransaction();
        }

        List<RawFeedback> values = consumeAll(kafka, topic, "read_committed", 2).stream().map(ConsumerRecord::value).toList();
        assertThat(values).containsExactly(committed, committedAfter);
    }

    private static String newTopic(KafkaService kafka) throws Exception {
        String topic = "roundtrip-" + UUID.randomUUID();
        try (Admin admin = Admin.create(kafka.clientConfig())) {
            admin.createTopics(Set.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        return topic;
    }

    private static KafkaProducer<String, RawFeedback> producer(KafkaService kafka, String transactionalId) {
        Map<String, Object> config = new HashMap<>(kafka.clientConfig());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        if (transactionalId != null) {
            config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        }
        return new KafkaProducer<>(config, Topics.RAW.keySerde().serializer(), Topics.RAW.valueSerde().serializer());
    }

    private static List<ConsumerRecord<String, RawFeedback>> consumeAll(KafkaService kafka, String topic,
            String isolation, int atLeast) {
        Map<String, Object> config = new HashMap<>(kafka.clientConfig());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        List<ConsumerRecord<String, RawFeedback>> all = new ArrayList<>();
        try (KafkaConsumer<String, RawFeedback> consumer = new KafkaConsumer<>(config,
                Topics.RAW.keySerde().deserializer(), Topics.RAW.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            // Poll until the expected records arrived, then once more to catch anything unexpected.
            while (all.size() < atLeast && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(all::add);
            }
            consumer.poll(Duration.ofSeconds(2)).forEach(all::add);
        }
        return all;
    }
}
