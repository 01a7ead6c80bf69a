package vn.phananh.processor.system;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Where the units' configuration is read, and how long start-up waits to read every unit. */
@Validated
@ConfigurationProperties("phananh.units")
public record UnitsProperties(@NotBlank String topic, @NotNull Duration loadTimeout) {
}
