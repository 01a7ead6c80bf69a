package vn.phananh.search.security;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Who may sign in. {@code mode=basic}: the configured users (bcrypt hashes) over HTTP basic;
 * {@code mode=jwt}: bearer tokens checked by the OAuth2 resource server, role and units read
 * from the named claims.
 */
@ConfigurationProperties("phananh.search.security")
@Validated
public record SecurityProperties(@NotNull Mode mode, @Valid @NotNull Jwt jwt, @Valid List<User> users) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public enum Mode {
        BASIC, JWT
    }

    public record Jwt(@NotBlank String unitsClaim, @NotBlank String roleClaim) {
    }

    /** A configured user; {@code password} is an encoded hash such as {@code {bcrypt}$2a$...}. */
    public record User(@NotBlank String username, @NotBlank String password, @NotNull Role role,
            Set<String> units) {

        public User {
            units = units == null ? Set.of() : Set.copyOf(units);
        }
    }
}
