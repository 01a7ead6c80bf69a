package vn.phananh.processor.trends;

import java.time.Duration;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

import vn.phananh.avro.Alert;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.TrendInterval;
import vn.phananh.avro.TrendPoint;
import vn.phananh.schema.AvroSerde;

/**
 * The trend part of the topology: hourly counts per unit × topic of newly taken-in feedback, kept in a
 * window store, and the spike alerts derived from them. Only a small increment (a {@link TrendPoint}
 * with a count of one) crosses the repartition topic, never the whole feedback. Trend charts aggregate
 * the search index (measured: BENCHMARKS.md), so the counts leave the processor only as alerts.
 */
public final class TrendTopology {

    /** The repartition by unit × topic; its records are increments, so the name differs from the one that carried feedback. */
    public static final String BY_UNIT_TOPIC = "trend-increments-by-unit-topic";
    public static final String HOURLY_STORE = "trend-hourly-store";
    public static final String SPIKE_RAISED_STORE = "spike-raised-store";
    // Late records (ingest retries, a channel catching up) are still counted within this time.
    static final Duration GRACE = Duration.ofHours(1);
    // Long enough to hold the baseline hours of the spike rule.
    private static final Duration HOURLY_RETENTION = Duration.ofDays(3);

    /** Adds the trend branch fed by {@code enriched}; returns the spike alerts. */
    public static KStream<String, Alert> addTo(StreamsBuilder builder, KStream<String, EnrichedFeedback> enriched,
            SpikeRule rule) {
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(SPIKE_RAISED_STORE, HOURLY_RETENTION, Duration.ofHours(1), false),
                Serdes.String(), Serdes.Long()));
        Serde<TrendPoint> points = AvroSerde.forType(TrendPoint.class);
        KStream<String, TrendPoint> hourly = enriched
                // Count each feedback once, when it is taken in; spam would make spikes of its own.
                .filter((id, feedback) -> feedback.getRevision() == 1 && !feedback.getSpam(), Named.as("trend-new-feedback"))
                .processValues(OpenedAtTime::new, Named.as("trend-opened-at"))
                .map((id, feedback) -> KeyValue.pair(TrendCounts.group(feedback), TrendCounts.increment(feedback)),
                        Named.as("trend-increments"))
                .groupByKey(Grouped.with(BY_UNIT_TOPIC, Serdes.String(), points))
                .windowedBy(TimeWindows.ofSizeAndGrace(Duration.ofHours(1), GRACE))
                .aggregate(TrendCounts::empty, (group, increment, counts) -> TrendCounts.add(increment, counts),
                        Named.as("trend-hourly-count"),
                        Materialized.<String, TrendPoint, WindowStore<Bytes, byte[]>>as(HOURLY_STORE)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(points)
                                .withRetention(HOURLY_RETENTION))
                .toStream(Named.as("trend-hourly-updates"))
                .map((window, counts) -> {
                    TrendPoint point = TrendCounts.point(window, counts, TrendInterval.HOURLY);
                    return KeyValue.pair(TrendCounts.key(point), point);
                }, Named.as("trend-hourly-points"));
        return hourly.process(() -> new SpikeDetector(rule), Named.as("spike-detector"), HOURLY_STORE, SPIKE_RAISED_STORE);
    }

    private TrendTopology() {
    }
}
