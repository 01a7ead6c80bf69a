package vn.phananh.processor.system;

import java.nio.file.Path;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import vn.phananh.processor.trends.SpikeRule;

/**
 * Settings of the stream processor ({@code phananh.processor.*}).
 *
 * @param applicationId Kafka Streams application id: consumer group, prefix of internal topics
 * @param stateDir where the state stores live; outside the source tree
 * @param partitions partitions of the topics created at start
 * @param replicationFactor replication of the topics created at start and of internal topics
 * @param streamThreads Kafka Streams threads of this instance
 * @param spike when an hourly count is a spike
 * @param deadlines how long the unit has to answer
 * @param streams further Kafka Streams settings, applied last
 */
@ConfigurationProperties("phananh.processor")
@Validated
public record ProcessorProperties(
        @NotBlank String applicationId,
        @NotNull Path stateDir,
        @Min(1) int partitions,
        @Min(1) short replicationFactor,
        @Min(1) int streamThreads,
        @Valid @NotNull Spike spike,
        @Valid @NotNull DeadlineProperties deadlines,
        Map<String, String> streams) {

    public ProcessorProperties {
        streams = streams == null ? Map.of() : Map.copyOf(streams);
    }

    /** The spike rule: count ≥ minCount and ≥ factor × mean of the previous baselineHours hours. */
    public record Spike(@Min(1) int minCount, @DecimalMin("1.0") double factor, @Min(1) int baselineHours) {

        SpikeRule rule() {
            return new SpikeRule(minCount, factor, baselineHours);
        }
    }
}
