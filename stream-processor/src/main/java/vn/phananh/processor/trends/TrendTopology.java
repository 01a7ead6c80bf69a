package vn.phananh.processor.trends;

import java.time.Duration;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KeyValueMapper;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.kstream.Windows;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

import vn.phananh.avro.Alert;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.TrendInterval;
import vn.phananh.avro.TrendPoint;
import vn.phananh.schema.FeedbackClock;
import vn.phananh.schema.Topics;

/**
 * The trend part of the topology: hourly and daily counts per unit × topic of newly taken-in
 * feedback to the trends topic, and the spike alerts derived from the hourly counts.
 */
public final class TrendTopology {

    public static final String BY_UNIT_TOPIC = "trend-by-unit-topic";
    public static final String HOURLY_STORE = "trend-hourly-store";
    public static final String DAILY_STORE = "trend-daily-store";
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
        KGroupedStream<String, EnrichedFeedback> grouped = enriched
                // Count each feedback once, when it is taken in; spam would make spikes of its own.
                .filter((id, feedback) -> feedback.getRevision() == 1 && !feedback.getSpam(), Named.as("trend-new-feedback"))
                .processValues(OpenedAtTime::new, Named.as("trend-opened-at"))
                .groupBy((id, feedback) -> TrendCounts.group(feedback),
                        Grouped.with(BY_UNIT_TOPIC, Serdes.String(), Topics.ENRICHED.valueSerde()));
        KStream<String, TrendPoint> hourly = count(grouped, TimeWindows.ofSizeAndGrace(Duration.ofHours(1), GRACE),
                HOURLY_STORE, HOURLY_RETENTION, TrendInterval.HOURLY);
        KStream<String, TrendPoint> daily = count(grouped, new LocalDayWindows(FeedbackClock.UNIT_ZONE, GRACE),
                DAILY_STORE, Duration.ofDays(2), TrendInterval.DAILY);
        hourly.merge(daily, Named.as("trend-points"))
                .to(Topics.TRENDS_NAME, Produced.with(Serdes.String(), Topics.TRENDS.valueSerde()).withName("trends-sink"));
        return hourly.process(() -> new SpikeDetector(rule), Named.as("spike-detector"), HOURLY_STORE, SPIKE_RAISED_STORE);
    }

    private static <W extends org.apache.kafka.streams.kstream.Window> KStream<String, TrendPoint> count(
            KGroupedStream<String, EnrichedFeedback> grouped, Windows<W> windows, String store, Duration retention,
            TrendInterval interval) {
        String name = "trend-" + interval.name().toLowerCase();
        KeyValueMapper<Windowed<String>, TrendPoint, org.apache.kafka.streams.KeyValue<String, TrendPoint>> toPoint =
                (window, counts) -> {
                    TrendPoint point = TrendCounts.point(window, counts, interval);
                    return org.apache.kafka.streams.KeyValue.pair(TrendCounts.key(point), point);
                };
        return grouped.windowedBy(windows)
                .aggregate(TrendCounts::empty, (group, feedback, counts) -> TrendCounts.add(feedback, counts),
                        Named.as(name + "-count"),
                        Materialized.<String, TrendPoint, WindowStore<Bytes, byte[]>>as(store)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(Topics.TRENDS.valueSerde())
                                .withRetention(retention))
                .toStream(Named.as(name + "-updates"))
                .map(toPoint, Named.as(name + "-points"));
    }

    private TrendTopology() {
    }
}
