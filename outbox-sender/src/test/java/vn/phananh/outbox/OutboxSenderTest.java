package vn.phananh.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.phananh.avro.Channel;
import vn.phananh.avro.DeliveryOutcome;
import vn.phananh.avro.OutboundKind;
import vn.phananh.avro.OutboundMessage;
import vn.phananh.avro.OutboxDelivery;
import vn.phananh.schema.DeadLetterHeaders;
import vn.phananh.schema.Topics;
import vn.phananh.testsupport.RealServices;
import vn.phananh.units.DevUnits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole sender against the run's real broker, the development units (their page and OA tokens
 * by file reference) and the local platforms: each outbound message is delivered once and
 * ledgered; a redelivery is not sent again; after the last retry the message is a dead letter with
 * the platform's error, and its replay is delivered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutboxSenderTest {

    static final String APP_SECRET = "app-secret-of-outbox-sender-test";
    static final String PAGE = "104729385610293";
    static final String OA = "4024926008133882615";
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String OUTBOX = "test.outbox." + RUN;
    static final String DELIVERIES = "test.outbox.deliveries." + RUN;
    static final String DLQ = "test.dlq." + RUN;
    static final FakePlatforms platforms = start();

    static FakePlatforms start() {
        try {
            // The development units' fake tokens, as their files in units/dev/secrets hold them.
            return new FakePlatforms(APP_SECRET).pageToken("EAAdevpagetokenxahungcuongnotreal")
                    .oaToken("zalo-oa-access-token-xa-hung-cuong-not-real");
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String bootstrap = RealServices.kafka().bootstrapServers();
        registry.add("spring.kafka.bootstrap-servers", () -> bootstrap);
        registry.add("phananh.units.secrets-dir", () -> DevUnits.ensurePublished(bootstrap).toString());
        registry.add("phananh.outbox.facebook.graph-url", () -> platforms.url().toString());
        registry.add("phananh.outbox.facebook.api-version", () -> FakePlatforms.VERSION);
        registry.add("phananh.outbox.facebook.app-secret", () -> APP_SECRET);
        registry.add("phananh.outbox.zalo.api-url", () -> platforms.url().toString());
        registry.add("phananh.outbox.retry.max-attempts", () -> "3");
        registry.add("phananh.outbox.retry.initial-backoff", () -> "50ms");
        registry.add("phananh.outbox.topics.outbox", () -> OUTBOX);
        registry.add("phananh.outbox.topics.deliveries", () -> DELIVERIES);
        registry.add("phananh.outbox.topics.dlq", () -> DLQ);
        registry.add("phananh.outbox.group-id", () -> "outbox-test-" + RUN);
        registry.add("phananh.outbox.transactional-id", () -> "outbox-test-" + RUN);
    }

    @Autowired
    MeterRegistry meters;

    @AfterAll
    static void stop() {
        platforms.close();
    }

    static OutboundMessage message(String feedbackId, Channel channel, String sourceEvent, String account, String externalId) {
        return OutboundMessage.newBuilder().setMessageId(feedbackId + "#3").setFeedbackId(feedbackId).setRevision(3)
                .setUnitCode("xa-hung-cuong").setKind(OutboundKind.ANSWER).setChannel(channel).setSourceAccount(account)
                .setSourceEvent(sourceEvent).setExternalId(externalId).setRecipientId("2468458835296117922")
                .setTrackingCode("HC-7K4P-2QX9M").setFirst(true).setAnswerText("Xã đã cho nạo vét mương thôn 2.")
                .setLastInboundAt(Instant.now().minus(Duration.ofHours(1))).setCreatedAt(Instant.now()).build();
    }

    @Test
    void deliversOnceAndARedeliveryIsNotSentAgain() {
        String id = UUID.randomUUID().toString();
        String comment = "122145556677889900_" + RUN + "1";
        OutboundMessage m = message(id, Channel.FACEBOOK, "feed/comment/add", PAGE, comment);

        produce(m);
        OutboxDelivery sent = awaitLedger(m.getMessageId());
        produce(m);
        String marker = UUID.randomUUID().toString();
        produce(message(marker, Channel.FACEBOOK, "feed/comment/add", PAGE, "122145556677889900_" + RUN + "2"));
        awaitLedger(marker + "#3");

        assertThat(sent.getOutcome()).isEqualTo(DeliveryOutcome.SENT);
        assertThat(sent.getRoute()).isEqualTo("facebook-comment");
        assertThat(sent.getPlatformMessageId()).startsWith(comment + "_");
        assertThat(platforms.requests("/" + comment + "/comments")).hasSize(1);
        assertThat(ledger(m.getMessageId())).hasSize(1);
        assertThat(platforms.violations()).isEmpty();
        assertThat(meters.get("phananh.outbox.skipped").tag("channel", "FACEBOOK").counter().count()).isGreaterThanOrEqualTo(1);
        assertThat(meters.get("phananh.outbox.messages").tag("channel", "FACEBOOK").tag("outcome", "SENT").counter().count())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void afterTheLastRetryADeadLetterHoldsThePlatformsErrorAndItsReplayIsDelivered() {
        String id = UUID.randomUUID().toString();
        String user = "user-" + RUN;
        OutboundMessage m = OutboundMessage.newBuilder(message(id, Channel.ZALO, "user_send_text", OA, "msg-1"))
                .setRecipientId(user).build();
        platforms.script("zalo", FakePlatforms.zaloError(-32, "Request exceeded the rate limit"),
                FakePlatforms.zaloError(-32, "Request exceeded the rate limit"),
                FakePlatforms.zaloError(-32, "Request exceeded the rate limit"));

        produce(m);
        OutboxDelivery failed = awaitLedger(m.getMessageId());
        ConsumerRecord<byte[], byte[]> deadLetter = await().atMost(Duration.ofSeconds(30))
                .until(() -> read(DLQ, new ByteArrayDeserializer()).stream()
                        .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals(id)).findFirst().orElse(null), r -> r != null);

        assertThat(failed.getOutcome()).isEqualTo(DeliveryOutcome.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(3);
        DeadLetterHeaders headers = DeadLetterHeaders.readFrom(deadLetter.headers());
        assertThat(headers.stage()).isEqualTo("outbox");
        assertThat(headers.sourceTopic()).isEqualTo(OUTBOX);
        assertThat(headers.error()).isEqualTo("after 3 attempts: zalo error -32: Request exceeded the rate limit");
        assertThat(Topics.OUTBOX.valueSerde().deserializer().deserialize(OUTBOX, deadLetter.value())).isEqualTo(m);

        // What ./pipeline dlq replay does: the original bytes back on the source topic.
        produceBytes(id, deadLetter.value());
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger(m.getMessageId()).size() == 2);

        assertThat(ledger(m.getMessageId()).getLast().getOutcome()).isEqualTo(DeliveryOutcome.SENT);
        assertThat(platforms.requests("/v3.0/oa/message/cs").stream()
                .filter(r -> r.body().path("recipient").path("user_id").asString().equals(user))).hasSize(4);
    }

    @Test
    void aClosedMessengerWindowIsLedgeredAsNotSentWithTheReason() {
        String id = UUID.randomUUID().toString();
        OutboundMessage m = OutboundMessage.newBuilder(message(id, Channel.FACEBOOK, "messages", PAGE, "m_abc"))
                .setRecipientId("psid-" + RUN).setLastInboundAt(Instant.now().minus(Duration.ofDays(2))).build();

        produce(m);
        OutboxDelivery entry = awaitLedger(m.getMessageId());

        assertThat(entry.getOutcome()).isEqualTo(DeliveryOutcome.NOT_SENT);
        assertThat(entry.getRoute()).isEqualTo("messenger");
        assertThat(entry.getReason()).contains("24-hour standard messaging window");
        assertThat(platforms.requests("/me/messages").stream()
                .filter(r -> r.body().path("recipient").path("id").asString().equals("psid-" + RUN))).isEmpty();
    }

    private OutboxDelivery awaitLedger(String messageId) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<OutboxDelivery> entries = ledger(messageId);
            return entries.isEmpty() ? null : entries.getLast();
        }, e -> e != null);
    }

    private List<OutboxDelivery> ledger(String messageId) {
        return read(DELIVERIES, new StringDeserializer()).stream().filter(r -> messageId.equals(r.key()))
                .map(r -> Topics.OUTBOX_DELIVERIES.valueSerde().deserializer().deserialize(DELIVERIES, r.value())).toList();
    }

    private static void produce(OutboundMessage m) {
        produceBytes(m.getFeedbackId(), Topics.OUTBOX.valueSerde().serializer().serialize(OUTBOX, m));
    }

    private static void produceBytes(String key, byte[] value) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealServices.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(OUTBOX, key, value)).get();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Every committed record of a topic, from its beginning. */
    private static <K> List<ConsumerRecord<K, byte[]>> read(String topic, org.apache.kafka.common.serialization.Deserializer<K> keys) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealServices.kafka().bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<K, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, keys, new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
