package vn.phananh.schema;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

import vn.phananh.avro.Alert;
import vn.phananh.avro.ChannelEvent;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.RawFeedback;
import vn.phananh.avro.StatusChange;
import vn.phananh.avro.TrendPoint;

/** The one place where topic names live (docs/architecture.md, "Topics"). */
public final class Topics {

    public static final String RAW_NAME = "feedback.raw.v1";
    public static final String STATUS_NAME = "feedback.status.v1";
    public static final String ENRICHED_NAME = "feedback.enriched.v1";
    public static final String TRENDS_NAME = "feedback.trends.v1";
    public static final String ALERTS_NAME = "feedback.alerts.v1";
    public static final String DLQ_NAME = "feedback.dlq.v1";
    public static final String CHANNEL_EVENTS_NAME = "channel.events.v1";

    /** Headers on dead-letter records. */
    public static final String DLQ_HEADER_SOURCE_TOPIC = "phananh.dlq.source.topic";
    public static final String DLQ_HEADER_SOURCE_PARTITION = "phananh.dlq.source.partition";
    public static final String DLQ_HEADER_SOURCE_OFFSET = "phananh.dlq.source.offset";
    public static final String DLQ_HEADER_ERROR = "phananh.dlq.error";
    public static final String DLQ_HEADER_STAGE = "phananh.dlq.stage";

    public static final TopicSpec<String, RawFeedback> RAW = avro(RAW_NAME, RawFeedback.class);
    public static final TopicSpec<String, StatusChange> STATUS = avro(STATUS_NAME, StatusChange.class);
    public static final TopicSpec<String, EnrichedFeedback> ENRICHED = avro(ENRICHED_NAME, EnrichedFeedback.class);
    public static final TopicSpec<String, TrendPoint> TRENDS = avro(TRENDS_NAME, TrendPoint.class);
    public static final TopicSpec<String, Alert> ALERTS = avro(ALERTS_NAME, Alert.class);
    public static final TopicSpec<String, ChannelEvent> CHANNEL_EVENTS = avro(CHANNEL_EVENTS_NAME, ChannelEvent.class);
    public static final TopicSpec<byte[], byte[]> DLQ =
            new TopicSpec<>(DLQ_NAME, Serdes.ByteArray(), Serdes.ByteArray());

    /** Every topic with the settings it is created with. */
    public static List<TopicSettings> all(int partitions) {
        return List.of(
                new TopicSettings(RAW_NAME, partitions, "delete", -1L),
                new TopicSettings(STATUS_NAME, partitions, "delete", -1L),
                new TopicSettings(ENRICHED_NAME, partitions, "compact", -1L),
                new TopicSettings(TRENDS_NAME, partitions, "compact", -1L),
                new TopicSettings(ALERTS_NAME, partitions, "delete", 90L * 24 * 3600 * 1000),
                new TopicSettings(DLQ_NAME, 1, "delete", -1L),
                new TopicSettings(CHANNEL_EVENTS_NAME, 1, "delete", 365L * 24 * 3600 * 1000));
    }

    /** How a topic is created: partitions, cleanup policy and retention (-1 keeps forever). */
    public record TopicSettings(String name, int partitions, String cleanupPolicy, long retentionMs) {

        /** The admin-client request that creates this topic; no replication factor means the broker's default. */
        public NewTopic toNewTopic(java.util.Optional<Short> replicationFactor) {
            return new NewTopic(name, java.util.Optional.of(partitions), replicationFactor).configs(Map.of(
                    TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy,
                    TopicConfig.RETENTION_MS_CONFIG, Long.toString(retentionMs)));
        }
    }

    private static <V extends org.apache.avro.specific.SpecificRecord> TopicSpec<String, V> avro(String name, Class<V> type) {
        Serde<V> values = AvroSerde.forType(type);
        return new TopicSpec<>(name, Serdes.String(), values);
    }

    private Topics() {
    }
}
