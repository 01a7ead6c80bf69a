package vn.phananh.testsupport;

import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;

import vn.phananh.local.LocalKafka;

/**
 * A real Kafka broker for tests: its bootstrap address and how it was obtained
 * ({@code environment}, {@code testcontainers} or {@code local process}).
 */
public record KafkaService(String bootstrapServers, String origin, LocalKafka local) {

    /** Client settings that reach this broker. */
    public Map<String, Object> clientConfig() {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    }
}
