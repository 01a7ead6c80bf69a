package vn.phananh.search.open311;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Open311 GeoReport v2 endpoint: what the discovery document says (contact, where to get a key,
 * the base URL clients see, empty to take it from the request), and the ingest service that
 * {@code POST requests} is relayed to.
 */
@Validated
@ConfigurationProperties("phananh.search.open311")
public record Open311Properties(@NotBlank String contact, @NotBlank String keyService, @NotBlank String changeset,
        @NotNull @DefaultValue("") String publicUrl, @NotNull URI intakeUrl,
        @NotNull @DefaultValue("10s") Duration intakeTimeout) {
}
