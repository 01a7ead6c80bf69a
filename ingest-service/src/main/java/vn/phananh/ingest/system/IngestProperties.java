package vn.phananh.ingest.system;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the ingest service: the Facebook app's secrets, the identity provider the desk
 * entrance trusts, the integration API's batch limit, and request limits. Which channel account
 * belongs to which unit is not here: it is the units' configuration ({@code units.v1}).
 */
@Validated
@ConfigurationProperties("phananh.ingest")
public record IngestProperties(
        @NotNull @Valid Facebook facebook,
        @NotNull @Valid Identity identity,
        @NotNull @Valid Api api,
        @NotNull @Valid Limits limits,
        @NotNull @Valid Publishing publishing,
        @NotNull @Valid Tracking tracking) {

    /** The Facebook app the units' pages are subscribed to: its secret signs every webhook call. */
    public record Facebook(@NotBlank String appSecret, @NotBlank String verifyToken) {

        @Override
        public String toString() {
            return "Facebook[secrets hidden]";
        }
    }

    /**
     * The identity provider whose bearer tokens the desk entrance takes: the issuer its tokens
     * name, where its signing keys are fetched (the same realm, maybe at a container-network
     * address), the audience, and the claims holding roles and unit groups.
     */
    public record Identity(@NotNull java.net.URI issuer, @NotNull java.net.URI jwkSetUri, @NotBlank String audience,
            @NotBlank String rolesClaim, @NotBlank String groupsClaim, @NotBlank String unitGroupPrefix) {
    }

    /** The integration API's batch size limit (its keys are the units'). */
    public record Api(@Min(1) @Max(500) int maxBatchMessages) {
    }

    /** Request size limits. */
    public record Limits(@NotNull DataSize webhookBody, @NotNull DataSize apiBody, @NotNull DataSize deskBody,
            @Min(1) int maxTextLength, @Min(0) int maxAttachments, @Min(1) int maxFieldLength) {
    }

    /**
     * The secret key of the citizens' tracking codes (HMAC of the feedbackId): the same key in every
     * ingest instance, and never changed once codes were given out, or codes of redeliveries differ.
     */
    public record Tracking(@NotBlank String key) {

        @Override
        public String toString() {
            return "Tracking[key hidden]";
        }
    }

    /** How records are produced: the bounded wait for Kafka's acknowledgement and topic settings. */
    public record Publishing(@NotNull Duration ackTimeout, @NotNull Duration retryAfter, @Min(1) int topicPartitions,
            @Min(0) int recentDeliveries, boolean createTopics) {
    }
}
