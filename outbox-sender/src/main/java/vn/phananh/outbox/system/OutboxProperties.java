package vn.phananh.outbox.system;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import vn.phananh.schema.Topics;

/**
 * Settings of the outbox sender: whether it calls the platforms at all, the platforms' base URLs (configurable, so tests and staging point
 * them at fakes), the Facebook app secret for {@code appsecret_proof}, the reply windows, the retry
 * policy, the public tracking page linked in the first message, and the topics.
 */
@Validated
@ConfigurationProperties("phananh.outbox")
public record OutboxProperties(@DefaultValue("true") boolean deliver, @Valid @NotNull Facebook facebook, @Valid @NotNull Zalo zalo,
        @NotNull URI trackingPage, @Valid @NotNull Retry retry, @NotNull Duration requestTimeout,
        @Valid @NotNull @DefaultValue Topics topics, @Min(1) @DefaultValue("3") int topicPartitions, @NotBlank String groupId,
        @NotBlank String transactionalId) {

    /** The Graph API: base URL, version path and the app secret every call is proven with. */
    public record Facebook(@NotNull URI graphUrl, @NotBlank String apiVersion, @NotBlank String appSecret,
            @NotNull Duration messengerWindow) {

        @Override
        public String toString() {
            return "Facebook[" + graphUrl + ", " + apiVersion + ", secret hidden]";
        }
    }

    /** The Zalo OA open API: base URL and the consultation-message window. */
    public record Zalo(@NotNull URI apiUrl, @NotNull Duration replyWindow) {
    }

    /** Attempts per message and the exponential back-off between them. */
    public record Retry(@Min(1) int maxAttempts, @NotNull Duration initialBackoff, @DecimalMin("1.0") double multiplier,
            @NotNull Duration maxBackoff) {

        /** The wait after the given failed attempt (1-based). */
        public Duration backoffAfter(int attempt) {
            double millis = initialBackoff.toMillis() * Math.pow(multiplier, attempt - 1);
            return Duration.ofMillis((long) Math.min(millis, maxBackoff.toMillis()));
        }
    }

    /** Topic names: those of {@link vn.phananh.schema.Topics} unless set (tests give each run its own). */
    public record Topics(@NotBlank @DefaultValue(vn.phananh.schema.Topics.OUTBOX_NAME) String outbox,
            @NotBlank @DefaultValue(vn.phananh.schema.Topics.OUTBOX_DELIVERIES_NAME) String deliveries,
            @NotBlank @DefaultValue(vn.phananh.schema.Topics.DLQ_NAME) String dlq) {
    }
}
