package vn.phananh.outbox.system;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the units' configuration is read (their page and OA tokens, their callback URLs): the
 * compacted topic, the directory {@code file:} references resolve in, and the start-up wait.
 */
@Validated
@ConfigurationProperties("phananh.units")
public record UnitsProperties(@NotBlank String topic, @NotNull Path secretsDir, @NotNull Duration loadTimeout) {
}
