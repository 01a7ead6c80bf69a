package vn.phananh.processor.system;

import java.time.Duration;
import java.util.Properties;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the topology in a KafkaStreams instance for as long as the application runs. Started in
 * the last lifecycle phase, after the topics were created, and stopped first.
 */
public final class KafkaStreamsRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaStreamsRunner.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Topology topology;
    private final Properties config;
    private final MeterRegistry registry;
    private volatile KafkaStreams streams;
    private KafkaStreamsMetrics metrics;

    public KafkaStreamsRunner(Topology topology, Properties config, MeterRegistry registry) {
        this.topology = topology;
        this.config = config;
        this.registry = registry;
    }

    @Override
    public synchronized void start() {
        streams = new KafkaStreams(topology, config);
        // Bad records never reach here (they become dead letters), so what does is a broker or
        // environment failure: a new thread resumes from the last committed transaction.
        streams.setUncaughtExceptionHandler(ex -> {
            log.error("Stream thread failed; replacing it", ex);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        // The clients' own metrics (records-lag-max of the consumers, commit and process rates) at
        // /actuator/prometheus: Boot binds the clients it creates, not this instance's.
        metrics = new KafkaStreamsMetrics(streams);
        metrics.bindTo(registry);
        streams.start();
    }

    @Override
    public synchronized void stop() {
        if (streams != null) {
            metrics.close();
            streams.close(CLOSE_TIMEOUT);
            streams = null;
        }
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }

    /** The state of the running instance; NOT_RUNNING before start and after stop. */
    public KafkaStreams.State state() {
        KafkaStreams current = streams;
        return current == null ? KafkaStreams.State.NOT_RUNNING : current.state();
    }
}
