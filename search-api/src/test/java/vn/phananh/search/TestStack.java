package vn.phananh.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
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
import org.springframework.test.context.DynamicPropertyRegistry;

import vn.phananh.avro.Alert;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.StatusChange;
import vn.phananh.schema.Topics;
import vn.phananh.units.DevUnits;
import vn.phananh.testsupport.KeycloakService;
import vn.phananh.testsupport.RealServices;

/**
 * The real broker and node of a test class, with topics and aliases of its own so test classes
 * never see each other's data.
 */
public record TestStack(String name, String bootstrap, String elasticsearchUrl) {

    public static TestStack create(String prefix) {
        return create(prefix, RealServices.elasticsearch().url());
    }

    public static TestStack create(String prefix, String elasticsearchUrl) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        TestStack stack = new TestStack(name, RealServices.kafka().bootstrapServers(), elasticsearchUrl);
        stack.createTopics();
        DevUnits.ensurePublished(stack.bootstrap());
        return stack;
    }

    public String enrichedTopic() {
        return "enriched-" + name;
    }

    public String alertsTopic() {
        return "alerts-" + name;
    }

    public String statusTopic() {
        return "status-" + name;
    }

    public String labelsTopic() {
        return "labels-" + name;
    }

    public String ratingsTopic() {
        return "ratings-" + name;
    }

    public String dlqTopic() {
        return "dlq-" + name;
    }

    public String feedbackAlias() {
        return "feedback-" + name;
    }

    public String alertsAlias() {
        return "alerts-" + name;
    }

    public String channelEventsTopic() {
        return "channel-events-" + name;
    }

    public String channelEventsAlias() {
        return "channel-events-" + name;
    }

    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", this::bootstrap);
        registry.add("spring.elasticsearch.uris", this::elasticsearchUrl);
        registry.add("phananh.search.topics.enriched", this::enrichedTopic);
        registry.add("phananh.search.topics.alerts", this::alertsTopic);
        registry.add("phananh.search.topics.status", this::statusTopic);
        registry.add("phananh.search.topics.dlq", this::dlqTopic);
        registry.add("phananh.search.topics.labels", this::labelsTopic);
        registry.add("phananh.search.topics.ratings", this::ratingsTopic);
        registry.add("phananh.search.indices.feedback-alias", this::feedbackAlias);
        registry.add("phananh.search.indices.alerts-alias", this::alertsAlias);
        registry.add("phananh.search.topics.channel-events", this::channelEventsTopic);
        registry.add("phananh.search.indices.channel-events-alias", this::channelEventsAlias);
        registry.add("phananh.search.indexer.group-id", () -> "indexer-" + name);
        registry.add("phananh.search.indexer.max-backoff", () -> "2s");
    }

    /** Points the service at the test run's Keycloak realm. */
    public static void registerIdentity(DynamicPropertyRegistry registry, KeycloakService keycloak) {
        registry.add("phananh.search.security.issuer", keycloak::issuer);
        registry.add("phananh.search.security.backchannel", keycloak::issuer);
    }

    private void createTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            // One partition each: the order of what a test sends is the order the indexer sees.
            admin.createTopics(List.of(new NewTopic(enrichedTopic(), 1, (short) 1),
                    new NewTopic(alertsTopic(), 1, (short) 1), new NewTopic(statusTopic(), 1, (short) 1),
                    new NewTopic(dlqTopic(), 1, (short) 1), new NewTopic(labelsTopic(), 1, (short) 1),
                    new NewTopic(channelEventsTopic(), 1, (short) 1),
                    new NewTopic(ratingsTopic(), 1, (short) 1))).all().get();
        }
        catch (InterruptedException | ExecutionException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public void send(EnrichedFeedback... records) {
        try (var producer = producer()) {
            for (EnrichedFeedback f : records) {
                producer.send(new ProducerRecord<>(enrichedTopic(), f.getFeedbackId(),
                        Topics.ENRICHED.valueSerde().serializer().serialize(enrichedTopic(), f)));
            }
            producer.flush();
        }
    }

    public void sendRaw(String key, byte[] value) {
        try (var producer = producer()) {
            producer.send(new ProducerRecord<>(enrichedTopic(), key, value));
            producer.flush();
        }
    }

    public void sendAlerts(Alert... alerts) {
        try (var producer = producer()) {
            for (Alert a : alerts) {
                producer.send(new ProducerRecord<>(alertsTopic(), a.getAlertId(),
                        Topics.ALERTS.valueSerde().serializer().serialize(alertsTopic(), a)));
            }
            producer.flush();
        }
    }

    public void sendChannelEvents(vn.phananh.avro.ChannelEvent... events) {
        try (var producer = producer()) {
            for (vn.phananh.avro.ChannelEvent e : events) {
                producer.send(new ProducerRecord<>(channelEventsTopic(), e.getUnitCode(),
                        Topics.CHANNEL_EVENTS.valueSerde().serializer().serialize(channelEventsTopic(), e)));
            }
            producer.flush();
        }
    }

    public KafkaProducer<String, byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(p, new org.apache.kafka.common.serialization.StringSerializer(),
                new ByteArraySerializer());
    }

    /** Every record on a topic right now, from the beginning. */
    public List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition tp = new TopicPartition(topic, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            List<ConsumerRecord<String, byte[]>> out = new java.util.ArrayList<>();
            while (consumer.position(tp) < end) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
            return out;
        }
    }

    public List<vn.phananh.avro.LabelCorrection> labelCorrections() {
        return readAll(labelsTopic()).stream()
                .map(r -> Topics.LABELS.valueSerde().deserializer().deserialize(labelsTopic(), r.value())).toList();
    }

    public List<vn.phananh.avro.Rating> ratings() {
        return readAll(ratingsTopic()).stream()
                .map(r -> Topics.RATINGS.valueSerde().deserializer().deserialize(ratingsTopic(), r.value())).toList();
    }

    public List<StatusChange> statusChanges() {
        return readAll(statusTopic()).stream()
                .map(r -> Topics.STATUS.valueSerde().deserializer().deserialize(statusTopic(), r.value())).toList();
    }
}
