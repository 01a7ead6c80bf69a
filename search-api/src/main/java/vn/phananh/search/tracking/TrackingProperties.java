package vn.phananh.search.tracking;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many tracking-code lookups one client may make: a bucket of {@code burst} lookups refilled
 * at {@code burst} per {@code period}, and at most {@code clients} buckets kept (the oldest go first).
 * A client is its address, or, behind a reverse proxy that sets it, the last address of
 * {@code clientHeader} (e.g. {@code X-Forwarded-For}; only where the proxy overwrites or appends it).
 */
@Validated
@ConfigurationProperties("phananh.search.tracking")
public record TrackingProperties(@Min(1) @DefaultValue("10") int burst, @NotNull @DefaultValue("1m") Duration period,
        @Min(1) @DefaultValue("10000") int clients, @NotNull @DefaultValue("") String clientHeader) {
}
