package vn.phananh.processor.trends;

import java.time.Duration;
import java.time.Instant;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.phananh.avro.Alert;
import vn.phananh.avro.TrendPoint;
import vn.phananh.schema.MessageLog;

/**
 * Compares each update of an hourly count with the mean of the previous hours, read from the
 * hourly count store itself, and raises one spike alert per unit × topic × hour.
 */
final class SpikeDetector implements Processor<String, TrendPoint, String, Alert> {

    private static final Logger log = LoggerFactory.getLogger(SpikeDetector.class);
    private static final Duration HOUR = Duration.ofHours(1);

    private final SpikeRule rule;
    private ProcessorContext<String, Alert> context;
    private ReadOnlyWindowStore<String, ValueAndTimestamp<TrendPoint>> hourly;
    private WindowStore<String, Long> raised;

    SpikeDetector(SpikeRule rule) {
        this.rule = rule;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.hourly = context.getStateStore(TrendTopology.HOURLY_STORE);
        this.raised = context.getStateStore(TrendTopology.SPIKE_RAISED_STORE);
    }

    @Override
    public void process(Record<String, TrendPoint> record) {
        TrendPoint point = record.value();
        String group = point.getUnitCode() + "/" + point.getTopic();
        long windowStart = point.getWindowStart().toEpochMilli();
        double baseline = baseline(group, point.getWindowStart());
        if (!rule.isSpike(point.getCount(), baseline) || raised.fetch(group, windowStart) != null) {
            return;
        }
        raised.put(group, point.getCount(), windowStart);
        Alert alert = Alerts.spike(point.getUnitCode(), point.getTopic(), point.getWindowStart(), point.getCount(),
                baseline, Instant.ofEpochMilli(record.timestamp()));
        // A spike is about a unit, not one message: the unit alone goes in the log context.
        try (var scope = MessageLog.of(null, point.getUnitCode())) {
            log.info("Raised SPIKE alert {} ({} in the hour, baseline {})", alert.getAlertId(), point.getCount(),
                    String.format(java.util.Locale.ROOT, "%.1f", baseline));
        }
        context.forward(record.withKey(alert.getAlertId()).withValue(alert));
    }

    private double baseline(String group, Instant windowStart) {
        Instant from = windowStart.minus(HOUR.multipliedBy(rule.baselineHours()));
        Instant to = windowStart.minus(HOUR);
        long total = 0;
        try (WindowStoreIterator<ValueAndTimestamp<TrendPoint>> it = hourly.fetch(group, from, to)) {
            while (it.hasNext()) {
                total += it.next().value.value().getCount();
            }
        }
        return (double) total / rule.baselineHours();
    }
}
