package vn.phananh.processor.retrain;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import vn.phananh.processor.classify.ClassifierModels;
import vn.phananh.processor.model.PromotedModels;
import vn.phananh.schema.Topics;

/**
 * {@code ./pipeline reclassify}: re-runs history through the promoted model. Copies every record of
 * {@code feedback.raw.v1} (up to its current end) to {@code feedback.reclassify.v1}, partition for
 * partition, and waits while the processor works through them, showing progress. The processor
 * classifies each feedback's latest text again and keeps its status, answer, history, deadline and
 * human labels; the search index follows the new revisions (same id, higher revision: no
 * duplicate, no lost status). Running it twice changes nothing the second time.
 */
public final class Reclassify {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Reclassify() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        String applicationId = args.length > 1 ? args[1] : "phananh-stream-processor";
        long started = System.nanoTime();
        String version = new PromotedModels(bootstrap).latest(TIMEOUT).map(r -> r.getVersion() + " (promoted)")
                .orElseGet(() -> ClassifierModels.fromClasspath().version() + " (build-trained)");
        System.out.printf("[reclassify] replaying %s through model %s%n", Topics.RAW_NAME, version);
        Map<TopicPartition, Long> targets = copy(bootstrap);
        long total = targets.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("[reclassify] %d records queued on %s; waiting for the processor (%s) …%n", total,
                Topics.RECLASSIFY_NAME, applicationId);
        waitForProcessor(bootstrap, applicationId, targets, total);
        System.out.printf("[reclassify] done: the processor has classified every feedback again; the search index follows within seconds%n");
        System.out.printf("RESULT reclassified_records=%d seconds=%.1f%n", total, (System.nanoTime() - started) / 1e9);
    }

    /** Copies raw to the reclassify topic; returns, per reclassify partition, the end offset the processor must reach. */
    private static Map<TopicPartition, Long> copy(String bootstrap) throws Exception {
        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerConfig.put(ConsumerConfig.CLIENT_ID_CONFIG, "reclassify-" + UUID.randomUUID());
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 20);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig, new ByteArraySerializer(),
                     new ByteArraySerializer())) {
            List<TopicPartition> raw = consumer.partitionsFor(Topics.RAW_NAME, TIMEOUT).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            int reclassifyPartitions = producer.partitionsFor(Topics.RECLASSIFY_NAME).size();
            if (reclassifyPartitions != raw.size()) {
                throw new IllegalStateException(Topics.RECLASSIFY_NAME + " has " + reclassifyPartitions + " partitions, "
                        + Topics.RAW_NAME + " " + raw.size() + ": they must be co-partitioned");
            }
            consumer.assign(raw);
            consumer.seekToBeginning(raw);
            Map<TopicPartition, Long> end = consumer.endOffsets(raw, TIMEOUT);
            long total = end.values().stream().mapToLong(Long::longValue).sum();
            long copied = 0;
            long lastShown = 0;
            while (raw.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition())) && r.value() != null) {
                        // Same partition number as the raw record: the processor's task for that partition gets it.
                        producer.send(new ProducerRecord<>(Topics.RECLASSIFY_NAME, r.partition(), r.key(), r.value()));
                        copied++;
                    }
                }
                if (copied - lastShown >= 1000) {
                    System.out.printf("[reclassify] queued %d of about %d%n", copied, total);
                    lastShown = copied;
                }
            }
            producer.flush();
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < admin.describeTopics(List.of(Topics.RECLASSIFY_NAME)).allTopicNames().get()
                    .get(Topics.RECLASSIFY_NAME).partitions().size(); p++) {
                latest.put(new TopicPartition(Topics.RECLASSIFY_NAME, p), OffsetSpec.latest());
            }
            Map<TopicPartition, Long> targets = new HashMap<>();
            for (var e : admin.listOffsets(latest).all().get().entrySet()) {
                ListOffsetsResult.ListOffsetsResultInfo info = e.getValue();
                targets.put(e.getKey(), info.offset());
            }
            return targets;
        }
    }

    private static void waitForProcessor(String bootstrap, String applicationId, Map<TopicPartition, Long> targets,
                                         long queued) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            long lastBehind = -1;
            long idleSince = System.nanoTime();
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                        .partitionsToOffsetAndMetadata().get();
                long behind = 0;
                for (var target : targets.entrySet()) {
                    OffsetAndMetadata done = committed.get(target.getKey());
                    behind += Math.max(0, target.getValue() - (done == null ? 0 : done.offset()));
                }
                if (behind == 0) {
                    return;
                }
                if (behind != lastBehind) {
                    System.out.printf("[reclassify] processor has %d records still to go%n", behind);
                    lastBehind = behind;
                    idleSince = System.nanoTime();
                } else if (System.nanoTime() - idleSince > Duration.ofMinutes(2).toNanos()) {
                    throw new IllegalStateException("the processor (" + applicationId + ") made no progress for two minutes;"
                            + " is it running? (./pipeline status)");
                }
                Thread.sleep(1000);
            }
        }
    }
}
