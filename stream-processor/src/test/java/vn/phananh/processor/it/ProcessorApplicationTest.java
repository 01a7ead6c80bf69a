package vn.phananh.processor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import tools.jackson.databind.json.JsonMapper;

import vn.phananh.avro.Author;
import vn.phananh.avro.Channel;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.RawFeedback;
import vn.phananh.local.Ports;
import vn.phananh.schema.Topics;
import vn.phananh.testsupport.KafkaService;
import vn.phananh.testsupport.RealServices;

/**
 * The processor application as it runs in production, in a JVM of its own, against a real
 * broker: it is killed (SIGKILL, no shutdown hook) in the middle of a batch and started again,
 * and every feedback must come out exactly once.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class ProcessorApplicationTest {

    private static final int FEEDBACK = 2000;
    private static final int REDELIVERED = 100;
    private static final String[] TEXTS = {
            "Đường liên thôn 3 có ổ gà lớn, xe máy ngã nhiều lần",
            "Rác thải ở chợ không được thu gom cả tuần nay, bốc mùi",
            "Xin hỏi thủ tục đăng ký khai sinh cho con cần giấy tờ gì",
            "Cây đổ chắn ngang đường, dây điện bị đứt, rất nguy hiểm",
            "Karaoke hát đến 1 giờ sáng, gọi 0912345678 không ai nghe" };

    private final KafkaService kafka = RealServices.kafka();
    private final String applicationId = "processor-it-" + UUID.randomUUID();
    private final Path stateDir = Path.of("target", "it-state", applicationId).toAbsolutePath();
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopApplications() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void enrichesEveryFeedbackExactlyOnceAcrossAKillAndRestart() throws Exception {
        createTopics();
        List<RawFeedback> batch = produceBatch();

        Process first = startApplication(Ports.free(), "first");
        long seenBeforeKill = awaitCommittedAtLeast(FEEDBACK / 10);
        first.destroyForcibly().waitFor();
        assertThat(seenBeforeKill).as("killed in the middle of the batch").isLessThan(FEEDBACK);

        int port = Ports.free();
        Process second = startApplication(port, "second");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> firstRevisions(readCommitted()).size() >= FEEDBACK);
        // The batch repeats a few texts: every feedback is a near-duplicate and gets its cluster (through
        // feedback.clusters.v1 and back), the kill notwithstanding.
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> readCommitted().size() >= 2 * FEEDBACK);
        awaitHealthUp(port);
        second.destroy(); // graceful: Spring closes Kafka Streams, which commits
        second.waitFor(60, TimeUnit.SECONDS);

        List<EnrichedFeedback> out = readCommitted();
        Set<String> ids = new HashSet<>();
        out.forEach(feedback -> ids.add(feedback.getFeedbackId()));
        assertThat(ids).hasSize(FEEDBACK)
                .containsAll(batch.stream().map(RawFeedback::getFeedbackId).toList());
        // Redeliveries, the kill and the restart add no record: one first revision per feedback, and one
        // cluster revision (2) per feedback.
        assertThat(firstRevisions(out)).hasSize(FEEDBACK);
        List<EnrichedFeedback> later = out.stream().filter(feedback -> feedback.getRevision() > 1).toList();
        assertThat(later).allSatisfy(feedback -> {
            assertThat(feedback.getRevision()).isEqualTo(2);
            assertThat(feedback.getClusterId()).isNotNull();
        });
        assertThat(later).hasSize(FEEDBACK).extracting(EnrichedFeedback::getFeedbackId).doesNotHaveDuplicates();
        assertThat(out).allSatisfy(feedback -> assertThat(feedback.getMaskedText()).doesNotContain("0912345678"));
    }

    private void createTopics() throws Exception {
        try (Admin admin = Admin.create(kafka.clientConfig())) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> topics = Topics.all(3).stream()
                    .filter(t -> !existing.contains(t.name()))
                    .map(t -> new NewTopic(t.name(), t.partitions(), (short) 1)
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, t.cleanupPolicy())))
                    .toList();
            admin.createTopics(topics).all().get();
        }
        vn.phananh.units.DevUnits.ensurePublished(kafka.bootstrapServers());
    }

    private List<RawFeedback> produceBatch() throws Exception {
        Map<String, Object> config = new HashMap<>(kafka.clientConfig());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        List<RawFeedback> batch = new ArrayList<>();
        String run = UUID.randomUUID().toString();
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), Topics.RAW.valueSerde().serializer())) {
            for (int i = 0; i < FEEDBACK; i++) {
                batch.add(feedback(run + "-" + i, TEXTS[i % TEXTS.length]));
            }
            for (RawFeedback raw : batch) {
                producer.send(new ProducerRecord<>(Topics.RAW_NAME, raw.getFeedbackId(), raw));
            }
            // A webhook retried: the same messages again.
            for (RawFeedback raw : batch.subList(0, REDELIVERED)) {
                producer.send(new ProducerRecord<>(Topics.RAW_NAME, raw.getFeedbackId(), raw));
            }
            producer.flush();
        }
        return batch;
    }

    private Process startApplication(int port, String name) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx512m",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-cp", System.getProperty("java.class.path"),
                "vn.phananh.processor.ProcessorApplication",
                "--server.port=" + port,
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--phananh.processor.application-id=" + applicationId,
                "--phananh.processor.state-dir=" + stateDir,
                // The killed member must leave the group quickly for the restart to take over.
                "--phananh.processor.streams.[session.timeout.ms]=6000",
                "--phananh.processor.streams.[heartbeat.interval.ms]=1000");
        Path log = Path.of("target", "it-logs", applicationId + "-" + name + ".log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(process);
        return process;
    }

    private static List<EnrichedFeedback> firstRevisions(List<EnrichedFeedback> records) {
        return records.stream().filter(feedback -> feedback.getRevision() == 1).toList();
    }

    private long awaitCommittedAtLeast(int count) {
        List<EnrichedFeedback> seen = new ArrayList<>();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            seen.clear();
            seen.addAll(readCommitted());
            return firstRevisions(seen).size() >= count;
        });
        return firstRevisions(seen).size();
    }

    /** Everything committed to the enriched topic so far, read to its end with read_committed. */
    private List<EnrichedFeedback> readCommitted() {
        Map<String, Object> config = new HashMap<>(kafka.clientConfig());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<EnrichedFeedback> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), Topics.ENRICHED.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ENRICHED_NAME).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // With read_committed, the end offsets are the last stable offsets.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }

    private static void awaitHealthUp(int port) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            var health = JsonMapper.shared().readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body())
                    .path("components").path("kafkaStreams");
            assertThat(health.path("status").asString()).isEqualTo("UP");
            assertThat(health.path("details").path("state").asString()).isEqualTo("RUNNING");
        });
    }

    private static RawFeedback feedback(String id, String text) {
        Instant now = Instant.now();
        return RawFeedback.newBuilder()
                .setFeedbackId(id)
                .setUnitCode("xa-tan-lap")
                .setChannel(Channel.FACEBOOK)
                .setSourceAccount("page-1")
                .setExternalId(id)
                .setAuthor(Author.newBuilder().setDisplayName("Trần Thị Bình").build())
                .setText(text)
                .setReceivedAt(now)
                .setOccurredAt(now)
                .build();
    }
}
