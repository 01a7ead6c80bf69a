package vn.phananh.ingest.system;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the ingest service: which channel account belongs to which administrative unit,
 * the channel secrets, the desk users, the integration API keys, and request limits. Every
 * account names a unit declared under {@code units}; that is checked when the accounts are loaded.
 */
@Validated
@ConfigurationProperties("phananh.ingest")
public record IngestProperties(
        @NotEmpty List<@Valid Unit> units,
        @NotNull @Valid Facebook facebook,
        @NotNull @Valid Zalo zalo,
        @NotNull @Valid Desk desk,
        @NotNull @Valid Api api,
        @NotNull @Valid Limits limits,
        @NotNull @Valid Publishing publishing) {

    /** An administrative unit (commune or ward) that owns feedback. */
    public record Unit(@NotBlank String code, @NotBlank String name) {
    }

    /** The Facebook app (its secret signs every webhook call) and the pages subscribed to it. */
    public record Facebook(@NotBlank String appSecret, @NotBlank String verifyToken, @NotNull List<@Valid Page> pages) {
    }

    /** A Facebook page and the unit that runs it. */
    public record Page(@NotBlank String pageId, @NotBlank String unit) {
    }

    /** The Zalo Official Accounts whose webhooks this service receives. */
    public record Zalo(@NotNull List<@Valid OfficialAccount> accounts) {
    }

    /** A Zalo OA, the app it is linked with, its OA secret key (signs webhooks) and its unit. */
    public record OfficialAccount(@NotBlank String oaId, @NotBlank String appId, @NotBlank String secretKey,
            @NotBlank String unit) {
    }

    /** The one-stop desks and the staff allowed to record at each. */
    public record Desk(@NotNull List<@Valid DeskAccount> desks) {
    }

    /** One desk of a unit, with its staff. */
    public record DeskAccount(@NotBlank String id, @NotBlank String unit, @NotEmpty List<@Valid DeskUser> users) {
    }

    /** A desk staff member; the password is stored hashed ({@code {bcrypt}...}). */
    public record DeskUser(@NotBlank String username, @NotBlank @Pattern(regexp = "\\{[a-z0-9]+}.+") String passwordHash) {
    }

    /** Integration API keys and the batch size limit. */
    public record Api(@NotNull List<@Valid ApiKey> keys, @Min(1) @Max(500) int maxBatchMessages) {
    }

    /** An API key known by its id and the SHA-256 hex of its secret, bound to one or more units. */
    public record ApiKey(@NotBlank String id, @NotBlank @Pattern(regexp = "[0-9a-f]{64}") String sha256,
            @NotEmpty List<@NotBlank String> units) {
    }

    /** Request size limits. */
    public record Limits(@NotNull DataSize webhookBody, @NotNull DataSize apiBody, @NotNull DataSize deskBody,
            @Min(1) int maxTextLength, @Min(0) int maxAttachments, @Min(1) int maxFieldLength) {
    }

    /** How records are produced: the bounded wait for Kafka's acknowledgement and topic settings. */
    public record Publishing(@NotNull Duration ackTimeout, @NotNull Duration retryAfter, @Min(1) int topicPartitions,
            @Min(0) int recentDeliveries, boolean createTopics) {
    }
}
