package vn.phananh.search.web;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the web pages: where the one-stop desk form is forwarded to (the ingest service).
 * The units' names come from their configuration.
 */
@ConfigurationProperties("phananh.search.web")
@Validated
public record WebProperties(@Valid @NotNull Desk desk) {

    /** The ingest service's base URL and the call timeout. */
    public record Desk(@NotNull URI url, @NotNull Duration timeout) {
    }
}
