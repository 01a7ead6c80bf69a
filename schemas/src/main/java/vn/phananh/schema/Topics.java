package vn.phananh.schema;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

import vn.phananh.avro.Alert;
import vn.phananh.avro.ChannelEvent;
import vn.phananh.avro.ClusterAssignment;
import vn.phananh.avro.ClassifierModel;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.LabelCorrection;
import vn.phananh.avro.OutboundMessage;
import vn.phananh.avro.OutboxDelivery;
import vn.phananh.avro.Rating;
import vn.phananh.avro.RawFeedback;
import vn.phananh.avro.StatusChange;
import vn.phananh.avro.UnitConfig;

/** The one place where topic names live (docs/architecture.md, "Topics"). */
public final class Topics {

    public static final String RAW_NAME = "feedback.raw.v1";
    public static final String STATUS_NAME = "feedback.status.v1";
    public static final String ENRICHED_NAME = "feedback.enriched.v1";
    public static final String ALERTS_NAME = "feedback.alerts.v1";
    public static final String DLQ_NAME = "feedback.dlq.v1";
    public static final String CHANNEL_EVENTS_NAME = "channel.events.v1";
    /** Staff label corrections; kept forever, they are training data. */
    public static final String LABELS_NAME = "feedback.labels.v1";
    /** Near-duplicate cluster assignments, key feedbackId, written and read back by the processor; transient. */
    public static final String CLUSTERS_NAME = "feedback.clusters.v1";
    /** Raw records replayed by {@code ./pipeline reclassify} through the promoted model; transient. */
    public static final String RECLASSIFY_NAME = "feedback.reclassify.v1";
    /** The promoted classifier model (compacted, one record). */
    public static final String MODELS_NAME = "classifier.models.v1";
    /** The key of the promoted model in {@link #MODELS_NAME}. */
    public static final String PROMOTED_MODEL_KEY = "promoted";
    /** A model is a few MiB: the models topic takes records this large (producers must allow it too). */
    public static final int MODELS_MAX_BYTES = 32 * 1024 * 1024;
    /** The configuration of every unit, key = unit code; compacted, so it holds the current one of each. */
    public static final String UNITS_NAME = "units.v1";
    /**
     * The ledger of {@code ./pipeline dlq replay}: key the dead letter replayed
     * ({@code feedback.dlq.v1-0@17}), value where its replay was written ({@code feedback.raw.v1-2@345}).
     * Compacted: one entry per dead letter, written in the same transaction as the replay.
     */
    public static final String DLQ_REPLAYS_NAME = "feedback.dlq.replays.v1";
    /**
     * What the citizen is to be told on their own channel (acknowledgements and answers), key
     * feedbackId; written by the processor in the transaction that applies the staff action.
     */
    public static final String OUTBOX_NAME = "feedback.outbox.v1";
    /** Citizens' ratings of answers, key feedbackId, co-partitioned with raw; kept forever (the accountability record). */
    public static final String RATINGS_NAME = "feedback.ratings.v1";
    /**
     * The outbox sender's sent ledger: key the outbound messageId, value what became of it
     * ({@code OutboxDelivery}). Compacted: one entry per message, written in the transaction that
     * commits the message's offset, so a message is delivered at most once per feedback and revision.
     */
    public static final String OUTBOX_DELIVERIES_NAME = "feedback.outbox.deliveries.v1";

    public static final TopicSpec<String, RawFeedback> RAW = avro(RAW_NAME, RawFeedback.class);
    public static final TopicSpec<String, StatusChange> STATUS = avro(STATUS_NAME, StatusChange.class);
    public static final TopicSpec<String, EnrichedFeedback> ENRICHED = avro(ENRICHED_NAME, EnrichedFeedback.class);
    public static final TopicSpec<String, Alert> ALERTS = avro(ALERTS_NAME, Alert.class);
    public static final TopicSpec<String, ChannelEvent> CHANNEL_EVENTS = avro(CHANNEL_EVENTS_NAME, ChannelEvent.class);
    public static final TopicSpec<String, LabelCorrection> LABELS = avro(LABELS_NAME, LabelCorrection.class);
    public static final TopicSpec<String, ClusterAssignment> CLUSTERS = avro(CLUSTERS_NAME, ClusterAssignment.class);
    public static final TopicSpec<String, RawFeedback> RECLASSIFY = avro(RECLASSIFY_NAME, RawFeedback.class);
    public static final TopicSpec<String, ClassifierModel> MODELS = avro(MODELS_NAME, ClassifierModel.class);
    public static final TopicSpec<String, UnitConfig> UNITS = avro(UNITS_NAME, UnitConfig.class);
    public static final TopicSpec<String, OutboundMessage> OUTBOX = avro(OUTBOX_NAME, OutboundMessage.class);
    public static final TopicSpec<String, Rating> RATINGS = avro(RATINGS_NAME, Rating.class);
    public static final TopicSpec<String, OutboxDelivery> OUTBOX_DELIVERIES =
            avro(OUTBOX_DELIVERIES_NAME, OutboxDelivery.class);
    public static final TopicSpec<byte[], byte[]> DLQ =
            new TopicSpec<>(DLQ_NAME, Serdes.ByteArray(), Serdes.ByteArray());

    /**
     * How long a superseded record of a compacted topic keyed by feedbackId may stay in the log:
     * the broker rolls and compacts a segment at the latest this long after its first record, so the
     * earlier records of an anonymised feedback (with its personal data) are gone within this bound
     * after {@code ./pipeline retention} wrote the anonymised revision.
     */
    public static final long MAX_COMPACTION_LAG_MS = 7L * 24 * 3600 * 1000;

    /** Every topic with the settings it is created with. */
    public static List<TopicSettings> all(int partitions) {
        return List.of(
                raw(partitions),
                new TopicSettings(STATUS_NAME, partitions, "delete", -1L),
                enriched(partitions),
                new TopicSettings(ALERTS_NAME, partitions, "delete", 90L * 24 * 3600 * 1000),
                new TopicSettings(DLQ_NAME, 1, "delete", -1L),
                new TopicSettings(DLQ_REPLAYS_NAME, 1, "compact", -1L),
                new TopicSettings(CHANNEL_EVENTS_NAME, 1, "delete", 365L * 24 * 3600 * 1000),
                new TopicSettings(LABELS_NAME, partitions, "delete", -1L),
                new TopicSettings(RECLASSIFY_NAME, partitions, "delete", 7L * 24 * 3600 * 1000),
                new TopicSettings(CLUSTERS_NAME, partitions, "delete", 7L * 24 * 3600 * 1000),
                new TopicSettings(MODELS_NAME, 1, "compact", -1L,
                        Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(MODELS_MAX_BYTES))),
                new TopicSettings(OUTBOX_NAME, partitions, "delete", -1L),
                new TopicSettings(RATINGS_NAME, partitions, "delete", -1L),
                new TopicSettings(OUTBOX_DELIVERIES_NAME, partitions, "compact", -1L),
                units());
    }

    /**
     * Compacted and kept forever: the latest record of each feedback is what a re-run of history
     * reads, and the anonymised revision written by {@code ./pipeline retention} (same key) replaces
     * the records that held the unmasked text and the author.
     */
    public static TopicSettings raw(int partitions) {
        return new TopicSettings(RAW_NAME, partitions, "compact", -1L, compactionLag());
    }

    /** Compacted: the latest record of each feedback is its current state, the source of {@code rebuild-index}. */
    public static TopicSettings enriched(int partitions) {
        return new TopicSettings(ENRICHED_NAME, partitions, "compact", -1L, compactionLag());
    }

    private static Map<String, String> compactionLag() {
        return Map.of(TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, Long.toString(MAX_COMPACTION_LAG_MS));
    }

    /** One partition: every service reads all of it, in the order changes were made. */
    public static TopicSettings units() {
        return new TopicSettings(UNITS_NAME, 1, "compact", -1L);
    }

    /** How a topic is created: partitions, cleanup policy, retention (-1 keeps forever) and any further config. */
    public record TopicSettings(String name, int partitions, String cleanupPolicy, long retentionMs,
                                Map<String, String> configs) {

        public TopicSettings(String name, int partitions, String cleanupPolicy, long retentionMs) {
            this(name, partitions, cleanupPolicy, retentionMs, Map.of());
        }

        public TopicSettings {
            configs = Map.copyOf(configs);
        }

        /** The admin-client request that creates this topic; no replication factor means the broker's default. */
        public NewTopic toNewTopic(java.util.Optional<Short> replicationFactor) {
            Map<String, String> all = new java.util.HashMap<>(configs);
            all.put(TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy);
            all.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retentionMs));
            return new NewTopic(name, java.util.Optional.of(partitions), replicationFactor).configs(all);
        }
    }

    private static <V extends org.apache.avro.specific.SpecificRecord> TopicSpec<String, V> avro(String name, Class<V> type) {
        Serde<V> values = AvroSerde.forType(type);
        return new TopicSpec<>(name, Serdes.String(), values);
    }

    private Topics() {
    }
}
