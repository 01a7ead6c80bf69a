package vn.phananh.search.system;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import vn.phananh.schema.Topics;

/** Settings of the search API: aliases, topics and the indexer's retry policy. */
@ConfigurationProperties("phananh.search")
@Validated
public record SearchProperties(@Valid @NotNull Indices indices, @Valid @NotNull @DefaultValue TopicNames topics,
        @Valid @NotNull Indexer indexer) {

    /** The aliases the API reads and the indexer writes; indices behind them are {@code <alias>-v<N>}. */
    public record Indices(@NotBlank String feedbackAlias, @NotBlank String alertsAlias,
            @NotBlank @DefaultValue("channel-events") String channelEventsAlias) {
    }

    /**
     * Topic names: those of {@link Topics} unless set (tests give each class topics of its own).
     * Listeners name the same defaults in their placeholders ({@link #ENRICHED}, {@link #ALERTS}).
     */
    public record TopicNames(@NotBlank @DefaultValue(Topics.ENRICHED_NAME) String enriched,
            @NotBlank @DefaultValue(Topics.ALERTS_NAME) String alerts,
            @NotBlank @DefaultValue(Topics.STATUS_NAME) String status,
            @NotBlank @DefaultValue(Topics.DLQ_NAME) String dlq,
            @NotBlank @DefaultValue(Topics.LABELS_NAME) String labels,
            @NotBlank @DefaultValue(Topics.CHANNEL_EVENTS_NAME) String channelEvents) {

        /** The enriched topic for {@code @KafkaListener(topics = ...)}, which reads the environment, not this record. */
        public static final String ENRICHED = "${phananh.search.topics.enriched:" + Topics.ENRICHED_NAME + "}";
        /** The alerts topic for {@code @KafkaListener(topics = ...)}. */
        public static final String ALERTS = "${phananh.search.topics.alerts:" + Topics.ALERTS_NAME + "}";
        /** The channel events topic for {@code @KafkaListener(topics = ...)}. */
        public static final String CHANNEL_EVENTS = "${phananh.search.topics.channel-events:" + Topics.CHANNEL_EVENTS_NAME + "}";
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
