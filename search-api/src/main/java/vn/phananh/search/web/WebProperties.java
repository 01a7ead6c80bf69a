package vn.phananh.search.web;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the web pages: where the one-stop desk form is forwarded to (the ingest service)
 * with the desk account of each unit, and the display name of each unit.
 */
@ConfigurationProperties("phananh.search.web")
@Validated
public record WebProperties(@Valid @NotNull Desk desk, Map<String, String> unitNames) {

    public WebProperties {
        unitNames = unitNames == null ? Map.of() : Map.copyOf(unitNames);
    }

    /** The ingest service's base URL, the call timeout, and the desk account per unit code. */
    public record Desk(@NotNull URI url, @NotNull Duration timeout, @Valid Map<String, Account> accounts) {

        public Desk {
            accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
        }
    }

    /** A desk account of the ingest service (HTTP basic). */
    public record Account(@NotBlank String username, @NotBlank String password) {

        @Override
        public String toString() {
            return "Account[" + username + "]";
        }
    }
}
