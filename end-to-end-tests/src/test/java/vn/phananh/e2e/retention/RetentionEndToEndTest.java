package vn.phananh.e2e.retention;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.phananh.avro.LabelCorrection;
import vn.phananh.avro.LabelSet;
import vn.phananh.avro.StatusAction;
import vn.phananh.avro.StatusChange;
import vn.phananh.avro.Topic;
import vn.phananh.e2e.Checkout;
import vn.phananh.e2e.RunningPipeline;
import vn.phananh.schema.TopicSpec;
import vn.phananh.schema.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ./pipeline retention} on the running pipeline: a unit onboarded with
 * {@code retention.personalDataDays: 0} (every feedback of it is past its period at once) and a
 * development unit with the default two years. The dry run lists the old feedback by id and changes
 * nothing; the run removes its author and unmasked text from the index and from what Kafka serves
 * (read back after the broker compacted the topics), keeps answer, labels and the on-time record, and
 * leaves the recent feedback alone; a second run changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RetentionEndToEndTest {

    static final String UNIT = "xa-luu-tru";
    static final String AUTHOR = "Phạm Thị Lưu";
    static final String PHONE = "0912 345 678";
    static final String RECENT_AUTHOR = "Đỗ Văn Gần";
    static final Duration PIPELINE_WAIT = Duration.ofSeconds(90);

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String apiKey = "pa_luu_tru_" + UUID.randomUUID();
    private RunningPipeline pipeline;
    private String old;
    private String recent;

    @BeforeAll
    void aUnitThatKeepsNoPersonalDataAndOneFeedbackInEachUnit() throws Exception {
        pipeline = RunningPipeline.shared();
        Path secrets = Files.createDirectories(pipeline.dataDir().resolve("secrets/" + UNIT));
        Files.writeString(secrets.resolve("api-key.sha256"), sha256(apiKey));
        Path dir = Files.createDirectories(Path.of("target", "retention-unit"));
        Files.copy(Checkout.root().resolve("units/examples/xa-son-ha.gazetteer.json"), dir.resolve("xa-luu-tru.gazetteer.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Path file = dir.resolve("xa-luu-tru.json");
        Files.writeString(file, """
                { "code": "xa-luu-tru", "name": "Xã Lưu Trữ",
                  "channels": { "apiKeys": [{ "id": "cong-luu-tru", "sha256": "file:xa-luu-tru/api-key.sha256" }] },
                  "gazetteer": "xa-luu-tru.gazetteer.json",
                  "retention": { "personalDataDays": 0 } }
                """);
        RunningPipeline.Result added = pipeline.run("unit", "add", file.toAbsolutePath().toString());
        assertThat(added.exitCode()).as(added.output()).isZero();

        old = await().atMost(PIPELINE_WAIT).until(() -> send(apiKey, "old-" + run,
                "Cống thoát nước cạnh chợ bị tắc, nước tràn vào nhà dân, gọi tôi số " + PHONE + " (" + run + ")", AUTHOR), id -> id != null);
        recent = send("pa_test_key_not_real_xa_hung_cuong", "recent-" + run,
                "Đèn đường thôn Đông Tiến tắt cả tuần nay (" + run + ")", RECENT_AUTHOR);
        JsonNode indexed = await().atMost(PIPELINE_WAIT).until(() -> document(old), d -> d != null);
        await().atMost(PIPELINE_WAIT).until(() -> document(recent), d -> d != null);

        // What the search API writes for an answer and a label correction, straight on their topics.
        Topic machine = Topic.valueOf(indexed.path("topic").asString());
        Topic corrected = machine == Topic.ENVIRONMENT ? Topic.INFRASTRUCTURE : Topic.ENVIRONMENT;
        try (KafkaProducer<String, byte[]> producer = producer()) {
            Instant now = Instant.now();
            StatusChange answer = StatusChange.newBuilder().setChangeId(UUID.randomUUID().toString()).setFeedbackId(old)
                    .setUnitCode(UNIT).setAction(StatusAction.ANSWER).setActor("can-bo-luu-tru").setAt(now)
                    .setAnswerText("Xã đã cho nạo vét cống (" + run + ").").build();
            producer.send(new ProducerRecord<>(Topics.STATUS_NAME, old, Topics.STATUS.valueSerde().serializer()
                    .serialize(Topics.STATUS_NAME, answer))).get();
            LabelCorrection label = LabelCorrection.newBuilder().setCorrectionId(UUID.randomUUID().toString())
                    .setFeedbackId(old).setUnitCode(UNIT).setActor("can-bo-luu-tru").setAt(now)
                    .setBefore(LabelSet.newBuilder().setTopic(machine).build())
                    .setAfter(LabelSet.newBuilder().setTopic(corrected).build())
                    .setMaskedText(indexed.path("maskedText").asString()).build();
            producer.send(new ProducerRecord<>(Topics.LABELS_NAME, old, Topics.LABELS.valueSerde().serializer()
                    .serialize(Topics.LABELS_NAME, label))).get();
        }
        await().atMost(PIPELINE_WAIT).until(() -> document(old),
                d -> "ANSWERED".equals(d.path("status").asString()) && d.path("humanLabels").toString().contains("topic"));
    }

    @Test
    @Order(1)
    void theDryRunListsTheOldFeedbackByIdAndChangesNothing() throws Exception {
        RunningPipeline.Result dry = pipeline.run("retention", "--dry-run");
        System.out.println("[retention-test] ./pipeline retention --dry-run\n" + dry.output());

        assertThat(dry.exitCode()).as(dry.output()).isZero();
        assertThat(dry.output()).contains("dry run", UNIT + " (0 days", old, "xa-hung-cuong (730 days")
                .contains("RESULT dry_run=true feedback=1 raw=1 enriched=1 index=1 written=0")
                .doesNotContain(recent, AUTHOR, PHONE, "Cống thoát nước", "Exception");
        assertThat(document(old).path("author").path("displayName").asString()).isEqualTo(AUTHOR);
        assertThat(absent(document(old).path("anonymisedAt"))).isTrue();
        assertThat(records(Topics.RAW, old).getLast()).contains(AUTHOR, PHONE);
    }

    @Test
    @Order(2)
    void theRunRemovesTheOldPersonalDataAndKeepsAnswerLabelsAndTheOnTimeRecord() throws Exception {
        JsonNode before = document(old);
        RunningPipeline.Result done = pipeline.run("retention");
        System.out.println("[retention-test] ./pipeline retention\n" + done.output());

        assertThat(done.exitCode()).as(done.output()).isZero();
        assertThat(done.output()).contains("wrote 1 anonymised revisions to feedback.raw.v1", "done:")
                .contains("RESULT dry_run=false feedback=1 raw=1 enriched=1 index=1 written=1")
                .doesNotContain(AUTHOR, PHONE);
        JsonNode after = document(old);
        assertThat(after.path("anonymisedAt").isNumber()).isTrue();
        assertThat(absent(after.path("author").path("displayName"))).isTrue();
        assertThat(absent(after.path("author").path("contact"))).isTrue();
        assertThat(absent(after.path("author").path("id"))).isTrue();
        assertThat(after.toString()).doesNotContain(AUTHOR, PHONE);
        for (String kept : List.of("maskedText", "topic", "humanLabels", "labelHistory", "status", "answer", "deadline",
                "answeredAt", "firstAnswerMinutes", "answeredOnTime", "trackingCode", "history", "receivedAt")) {
            assertThat(after.path(kept)).as(kept).isEqualTo(before.path(kept));
        }
        assertThat(after.path("revision").asLong()).isEqualTo(before.path("revision").asLong() + 1);
        JsonNode untouched = document(recent);
        assertThat(untouched.path("author").path("displayName").asString()).isEqualTo(RECENT_AUTHOR);
        assertThat(absent(untouched.path("anonymisedAt"))).isTrue();
    }

    @Test
    @Order(3)
    void aSecondRunChangesNothing() throws Exception {
        long revision = document(old).path("revision").asLong();
        RunningPipeline.Result again = pipeline.run("retention");
        System.out.println("[retention-test] ./pipeline retention, again\n" + again.output());

        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("RESULT dry_run=false feedback=0 raw=0 enriched=0 index=0 written=0");
        assertThat(document(old).path("revision").asLong()).isEqualTo(revision);
    }

    /**
     * What Kafka serves once the broker compacted: the compaction lag is shortened to a second here
     * (the design's bound is seven days) and new messages roll the segments.
     */
    @Test
    @Order(4)
    void afterCompactionKafkaServesTheAnonymisedRevisionOnly() throws Exception {
        compactionLag("1000");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(10)).untilAsserted(() -> {
            send(apiKey, "roll-" + UUID.randomUUID(), "Tin nhắn mới để sang đoạn nhật ký khác (" + run + ")", null);
            List<String> raw = records(Topics.RAW, old);
            List<String> enriched = records(Topics.ENRICHED, old);
            assertThat(raw).hasSize(1).allSatisfy(r -> assertThat(r).doesNotContain(AUTHOR, PHONE).contains("anonymisedAt"));
            assertThat(enriched).hasSize(1);
            assertThat(enriched).allSatisfy(r -> assertThat(r).doesNotContain(AUTHOR, PHONE));
        });
        // The recent feedback keeps its author where it is served from, so a rebuilt index has it too.
        assertThat(records(Topics.ENRICHED, recent).getLast()).contains(RECENT_AUTHOR);
    }

    @AfterAll
    void theDesignsCompactionLagAgain() throws Exception {
        compactionLag(Long.toString(Topics.MAX_COMPACTION_LAG_MS));
    }

    private String send(String key, String messageId, String text, String author) throws Exception {
        var body = json.createObjectNode().put("messageId", messageId).put("text", text);
        if (author != null) {
            body.putObject("author").put("name", author).put("contact", PHONE);
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(pipeline.ingestUrl() + "/api/v1/messages"))
                .header("X-Api-Key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        // The ingest service takes a new unit's key within a poll; until then it refuses it.
        return response.statusCode() == 202 || response.statusCode() == 200
                ? json.readTree(response.body()).path("feedbackId").asString() : null;
    }

    /** The document as Elasticsearch holds it, or null while it is not indexed. */
    private JsonNode document(String id) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(elasticsearch() + "/feedback/_doc/" + id))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? json.readTree(response.body()).path("_source") : null;
    }

    /** Every record of the feedback a consumer reading the topic from its beginning gets, decoded, oldest first. */
    private List<String> records(TopicSpec<String, ?> topic, String id) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (id.equals(r.key()) && r.value() != null) {
                        found.add(topic.valueSerde().deserializer().deserialize(topic.name(), r.value()).toString());
                    }
                }
            }
        }
        return found;
    }

    private void compactionLag(String millis) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka()))) {
            AlterConfigOp op = new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, millis), AlterConfigOp.OpType.SET);
            admin.incrementalAlterConfigs(Map.of(
                    new ConfigResource(ConfigResource.Type.TOPIC, Topics.RAW_NAME), List.of(op),
                    new ConfigResource(ConfigResource.Type.TOPIC, Topics.ENRICHED_NAME), List.of(op))).all().get();
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new org.apache.kafka.common.serialization.ByteArraySerializer());
    }

    private String kafka() {
        return "127.0.0.1:" + pipeline.env().get("KAFKA_PORT");
    }

    private String elasticsearch() {
        return "http://127.0.0.1:" + pipeline.env().get("ELASTICSEARCH_PORT");
    }

    private static boolean absent(JsonNode field) {
        return field.isMissingNode() || field.isNull();
    }

    private static String sha256(String value) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    }
}
