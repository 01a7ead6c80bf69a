package vn.phananh.processor.system;

import java.time.Duration;
import java.util.Properties;

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
    private volatile KafkaStreams streams;

    public KafkaStreamsRunner(Topology topology, Properties config) {
        this.topology = topology;
        this.config = config;
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
        streams.start();
    }

    @Override
    public synchronized void stop() {
        if (streams != null) {
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
