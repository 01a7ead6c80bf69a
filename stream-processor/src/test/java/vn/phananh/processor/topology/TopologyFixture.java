package vn.phananh.processor.topology;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

import vn.phananh.avro.Alert;
import vn.phananh.avro.Author;
import vn.phananh.avro.ChangeType;
import vn.phananh.avro.Channel;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.LabelCorrection;
import vn.phananh.avro.RawFeedback;
import vn.phananh.avro.StatusAction;
import vn.phananh.avro.StatusChange;
import vn.phananh.processor.cluster.NearDuplicateRule;
import vn.phananh.processor.trends.SpikeRule;
import vn.phananh.schema.Topics;

/**
 * A TopologyTestDriver over the processor topology with typed input and output topics, and
 * builders of test inputs. Close it (try-with-resources).
 */
public final class TopologyFixture implements AutoCloseable {

    public static final String UNIT = "xa-tan-lap";
    /** A deadline three days after receipt: enough for tests that are not about deadlines. */
    public static final DeadlinePolicy THREE_DAYS = (unit, kind, topic, urgent, receivedAt) -> receivedAt.plus(Duration.ofDays(3));
    /** One named place, {@code thon-dong-tien}, in every unit. */
    public static final PlaceDirectory PLACES = (unit, id) -> id.equals("thon-dong-tien")
            ? java.util.Optional.of(vn.phananh.avro.Place.newBuilder().setId(id).setName("Thôn Đông Tiến")
                    .setType(vn.phananh.avro.PlaceType.VILLAGE).setConfidence(1.0).build())
            : java.util.Optional.empty();

    public final TopologyTestDriver driver;
    public final TestInputTopic<String, RawFeedback> raw;
    public final TestInputTopic<byte[], byte[]> rawBytes;
    public final TestInputTopic<String, StatusChange> status;
    public final TestOutputTopic<String, EnrichedFeedback> enriched;
    public final TestOutputTopic<String, Alert> alerts;
    public final TestOutputTopic<byte[], byte[]> dlq;
    public final TestOutputTopic<String, vn.phananh.avro.OutboundMessage> outbox;
    public final TestInputTopic<String, vn.phananh.avro.Rating> ratings;
    public final TestOutputTopic<String, vn.phananh.avro.ClusterAssignment> clusters;

    public final FakeEnricher enricher;
    public final TestInputTopic<String, LabelCorrection> labels;
    public final TestInputTopic<String, RawFeedback> reclassify;

    public TopologyFixture(DeadlinePolicy deadlines, SpikeRule spikeRule, Instant wallClock) {
        this(new FakeEnricher(), deadlines, spikeRule, wallClock);
    }

    private TopologyFixture(FakeEnricher enricher, DeadlinePolicy deadlines, SpikeRule spikeRule, Instant wallClock) {
        // Near-duplicates are off unless a test is about them: their cluster records would be extra revisions.
        this(enricher, FeedbackTopology.build(enricher, deadlines, PLACES, spikeRule, NearDuplicateRule.off()), wallClock);
    }

    /** With near-duplicate clustering by {@code rule}, and a fake enricher that classifies by {@code enricher}. */
    public TopologyFixture(FakeEnricher enricher, NearDuplicateRule rule) {
        this(enricher, FeedbackTopology.build(enricher, THREE_DAYS, PLACES, SpikeRule.defaults(), rule),
                Instant.parse("2025-11-03T02:00:00Z"));
    }

    public TopologyFixture() {
        this(THREE_DAYS, SpikeRule.defaults(), Instant.parse("2025-11-03T02:00:00Z"));
    }

    private TopologyFixture(FakeEnricher enricher, Topology topology, Instant wallClock) {
        this.enricher = enricher;
        driver = new TopologyTestDriver(topology, properties(), wallClock);
        labels = driver.createInputTopic(Topics.LABELS_NAME, Serdes.String().serializer(), Topics.LABELS.valueSerde().serializer());
        reclassify = driver.createInputTopic(Topics.RECLASSIFY_NAME, Serdes.String().serializer(),
                Topics.RECLASSIFY.valueSerde().serializer());
        raw = driver.createInputTopic(Topics.RAW_NAME, Serdes.String().serializer(), Topics.RAW.valueSerde().serializer());
        rawBytes = driver.createInputTopic(Topics.RAW_NAME, Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
        status = driver.createInputTopic(Topics.STATUS_NAME, Serdes.String().serializer(), Topics.STATUS.valueSerde().serializer());
        enriched = output(Topics.ENRICHED_NAME, Topics.ENRICHED.valueSerde().deserializer());
        alerts = output(Topics.ALERTS_NAME, Topics.ALERTS.valueSerde().deserializer());
        dlq = driver.createOutputTopic(Topics.DLQ_NAME, Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer());
        outbox = output(Topics.OUTBOX_NAME, Topics.OUTBOX.valueSerde().deserializer());
        ratings = driver.createInputTopic(Topics.RATINGS_NAME, Serdes.String().serializer(), Topics.RATINGS.valueSerde().serializer());
        clusters = output(Topics.CLUSTERS_NAME, Topics.CLUSTERS.valueSerde().deserializer());
    }

    /** Pipes a raw message with its receivedAt as the record timestamp, as the ingest service writes it. */
    public void send(RawFeedback feedback) {
        raw.pipeInput(new TestRecord<>(feedback.getFeedbackId(), feedback, feedback.getReceivedAt()));
    }

    public void send(StatusChange change) {
        status.pipeInput(new TestRecord<>(change.getFeedbackId(), change, change.getAt()));
    }

    public void send(LabelCorrection correction) {
        labels.pipeInput(new TestRecord<>(correction.getFeedbackId(), correction, correction.getAt()));
    }

    public void send(vn.phananh.avro.Rating rating) {
        ratings.pipeInput(new TestRecord<>(rating.getFeedbackId(), rating, rating.getAt()));
    }

    /** What {@code ./pipeline reclassify} does: the raw record again, on the reclassify topic. */
    public void replay(RawFeedback feedback) {
        reclassify.pipeInput(new TestRecord<>(feedback.getFeedbackId(), feedback, feedback.getReceivedAt()));
    }

    public List<EnrichedFeedback> enrichedValues() {
        return enriched.readValuesToList();
    }

    public static RawFeedback feedback(String id, String text, Instant receivedAt) {
        return RawFeedback.newBuilder()
                .setFeedbackId(id)
                .setUnitCode(UNIT)
                .setChannel(Channel.ZALO)
                .setSourceAccount("oa-123")
                .setExternalId("msg-" + id)
                .setAuthor(Author.newBuilder().setDisplayName("Nguyễn Văn An").setContact("0912345678").build())
                .setText(text)
                .setReceivedAt(receivedAt)
                .setOccurredAt(receivedAt)
                .build();
    }

    public static RawFeedback change(RawFeedback original, ChangeType change, String text, Instant at) {
        return RawFeedback.newBuilder(original).setChange(change).setText(text).setReceivedAt(at).setOccurredAt(at).build();
    }

    public static StatusChange action(String feedbackId, StatusAction action, Instant at) {
        return StatusChange.newBuilder()
                .setChangeId(UUID.randomUUID().toString())
                .setFeedbackId(feedbackId)
                .setUnitCode(UNIT)
                .setAction(action)
                .setActor("can-bo-lan")
                .setAt(at)
                .setAssignee(action == StatusAction.ASSIGN ? "can-bo-minh" : null)
                .setAnswerText(action == StatusAction.ANSWER ? "Xã đã cử người xử lý." : null)
                .build();
    }

    @Override
    public void close() {
        driver.close();
    }

    private <V> TestOutputTopic<String, V> output(String topic, org.apache.kafka.common.serialization.Deserializer<V> values) {
        return driver.createOutputTopic(topic, Serdes.String().deserializer(), values);
    }

    private static Properties properties() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "processor-topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, Path.of("target", "topology-test-state", UUID.randomUUID().toString()).toString());
        return props;
    }
}
