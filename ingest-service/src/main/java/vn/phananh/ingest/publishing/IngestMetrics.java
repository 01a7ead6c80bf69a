package vn.phananh.ingest.publishing;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

import vn.phananh.avro.Channel;

/**
 * The service's own meters, per channel: accepted, duplicates, rejected by reason, skipped by
 * reason, channel events, and the time from first send to the last acknowledgement of a request.
 * Reasons are fixed slugs, never message content, so the tag space stays small.
 */
@Component
public class IngestMetrics {

    private final MeterRegistry registry;
    private final Map<Channel, Counter> accepted = new EnumMap<>(Channel.class);
    private final Map<Channel, Counter> duplicates = new EnumMap<>(Channel.class);
    private final Map<Channel, Timer> produceLatency = new EnumMap<>(Channel.class);

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Channel channel : Channel.values()) {
            String tag = channel.name();
            accepted.put(channel, Counter.builder("phananh.ingest.accepted").description("Feedback stored in Kafka")
                    .tag("channel", tag).register(registry));
            duplicates.put(channel, Counter.builder("phananh.ingest.duplicates")
                    .description("Redeliveries of feedback stored before").tag("channel", tag).register(registry));
            produceLatency.put(channel, Timer.builder("phananh.ingest.produce.latency")
                    .description("From the first send of a request to Kafka's last acknowledgement")
                    .tag("channel", tag).publishPercentileHistogram().register(registry));
        }
    }

    void accepted(Channel channel) {
        accepted.get(channel).increment();
    }

    void duplicate(Channel channel) {
        duplicates.get(channel).increment();
    }

    Timer produceLatency(Channel channel) {
        return produceLatency.get(channel);
    }

    /** Counts a refused message or request. */
    public void rejected(Channel channel, String reason) {
        registry.counter("phananh.ingest.rejected", "channel", channel.name(), "reason", reason).increment();
    }

    /** Counts a tolerated item that is not feedback. */
    public void skipped(Channel channel, String reason) {
        registry.counter("phananh.ingest.skipped", "channel", channel.name(), "reason", reason).increment();
    }

    void event(Channel channel, String type) {
        registry.counter("phananh.ingest.channel.events", "channel", channel.name(), "type", type).increment();
    }
}
