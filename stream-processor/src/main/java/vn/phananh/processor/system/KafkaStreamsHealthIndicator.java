package vn.phananh.processor.system;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Up while the streams instance processes (RUNNING) or is moving partitions (REBALANCING). */
final class KafkaStreamsHealthIndicator implements HealthIndicator {

    private final KafkaStreamsRunner runner;

    KafkaStreamsHealthIndicator(KafkaStreamsRunner runner) {
        this.runner = runner;
    }

    @Override
    public Health health() {
        KafkaStreams.State state = runner.state();
        Health.Builder health = switch (state) {
            case RUNNING, REBALANCING -> Health.up();
            default -> Health.down();
        };
        return health.withDetail("state", state.name()).build();
    }
}
