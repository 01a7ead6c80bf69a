package vn.phananh.processor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import vn.phananh.avro.Kind;
import vn.phananh.avro.Topic;
import vn.phananh.processor.deadline.DeadlineCalculator;

class SystemConfigurationTest {

    @Test
    void bindsDeadlineRulesAndKeepsDefaultsForWhatIsLeftOut() {
        ProcessorProperties properties = bind(Map.of(
                "phananh.processor.deadlines.working-days-by-topic.HEALTH", "2",
                "phananh.processor.deadlines.holidays[0]", "2025-11-04"));

        var rules = properties.deadlines().toRules();
        assertThat(rules.workingDays(Kind.COMPLAINT, Topic.HEALTH, false)).isEqualTo(2);
        assertThat(rules.workingDays(Kind.QUESTION, Topic.OTHER, false)).isEqualTo(5);
        // Monday 3 November 2025, 09:00 in Vietnam; Tuesday the 4th configured as a holiday.
        Instant due = new DeadlineCalculator(rules).due(Instant.parse("2025-11-03T02:00:00Z"), Kind.COMPLAINT, Topic.HEALTH, false);
        assertThat(due).isEqualTo(Instant.parse("2025-11-06T10:00:00Z"));
    }

    @Test
    void configuresExactlyOnceAndLetsFurtherSettingsThrough() {
        ProcessorProperties properties = bind(Map.of("phananh.processor.streams.[commit.interval.ms]", "250"));

        var config = StreamsConfiguration.streamsConfig(properties, List.of("127.0.0.1:9092"));
        assertThat(config.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(config.get(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("phananh-stream-processor");
        assertThat(config.get("commit.interval.ms")).isEqualTo("250");
        assertThat(config.get("topic.max.compaction.lag.ms")).isEqualTo(Long.toString(7L * 24 * 3600 * 1000));
    }

    @Test
    void reportsDownUntilTheStreamsRun() {
        var runner = new KafkaStreamsRunner(new org.apache.kafka.streams.Topology(), new java.util.Properties(),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

        var health = new KafkaStreamsHealthIndicator(runner).health();
        assertThat(health.getStatus().getCode()).isEqualTo("DOWN");
        assertThat(health.getDetails()).containsEntry("state", "NOT_RUNNING");
    }

    private static ProcessorProperties bind(Map<String, String> overrides) {
        Map<String, String> values = new java.util.HashMap<>(Map.of(
                "phananh.processor.application-id", "phananh-stream-processor",
                "phananh.processor.state-dir", "var/processor",
                "phananh.processor.partitions", "3",
                "phananh.processor.replication-factor", "1",
                "phananh.processor.stream-threads", "1",
                "phananh.processor.spike.min-count", "5",
                "phananh.processor.spike.factor", "3",
                "phananh.processor.spike.baseline-hours", "24",
                "phananh.processor.deadlines.urgent-working-days", "1"));
        values.putAll(overrides);
        return new Binder(new MapConfigurationPropertySource(values))
                .bind("phananh.processor", ProcessorProperties.class).get();
    }
}
