package vn.phananh.search.system;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Settings of the search API: aliases, topics and the indexer's retry policy. */
@ConfigurationProperties("phananh.search")
@Validated
public record SearchProperties(@Valid @NotNull Indices indices, @Valid @NotNull TopicNames topics,
        @Valid @NotNull Indexer indexer) {

    /** The aliases the API reads and the indexer writes; indices behind them are {@code <alias>-v<N>}. */
    public record Indices(@NotBlank String feedbackAlias, @NotBlank String alertsAlias) {
    }

    /** Topic names (defaults come from {@code vn.phananh.schema.Topics}). */
    public record TopicNames(@NotBlank String enriched, @NotBlank String alerts, @NotBlank String status,
            @NotBlank String dlq, @NotBlank String labels) {
    }

    /**
     * Consumer group of the indexer and its consumer threads (at most the partition count); how
     * often retriable bulk items are retried inside one batch before the whole batch is handed
     * back to the container's back-off.
     */
    public record Indexer(@NotBlank String groupId, @Min(1) int concurrency, @Min(0) int itemRetries,
            @NotNull Duration itemBackoff, @NotNull Duration maxBackoff) {
    }
}
