package vn.phananh.processor.trends;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.apache.kafka.streams.kstream.Windows;
import org.apache.kafka.streams.kstream.internals.TimeWindow;

/**
 * Tumbling one-day windows aligned on midnight of a time zone. Kafka Streams' own TimeWindows are
 * aligned on the epoch, which would make a "day" in Vietnam run from 07:00 to 07:00.
 * (After confluentinc/kafka-streams-examples DailyTimeWindows.)
 */
final class LocalDayWindows extends Windows<TimeWindow> {

    private final ZoneId zone;
    private final long graceMs;

    LocalDayWindows(ZoneId zone, Duration grace) {
        this.zone = zone;
        this.graceMs = grace.toMillis();
    }

    @Override
    public Map<Long, TimeWindow> windowsFor(long timestamp) {
        var day = Instant.ofEpochMilli(timestamp).atZone(zone).toLocalDate();
        long start = day.atStartOfDay(zone).toInstant().toEpochMilli();
        long end = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        return Map.of(start, new TimeWindow(start, end));
    }

    @Override
    public long size() {
        return Duration.ofDays(1).toMillis();
    }

    @Override
    public long gracePeriodMs() {
        return graceMs;
    }
}
