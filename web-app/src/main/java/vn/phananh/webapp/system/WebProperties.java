package vn.phananh.webapp.system;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the web app's data comes from and who it signs people in with: the search API and the
 * ingest service (their base URLs, the call timeout), and the identity provider's realm (the issuer
 * browsers sign in at, the address this service reaches it at, the pages' confidential client, and
 * the claim holding the realm roles).
 */
@ConfigurationProperties("phananh.web")
@Validated
public record WebProperties(@NotNull URI searchApi, @NotNull URI ingest, @NotNull Duration timeout,
        @Valid @NotNull Identity identity) {

    /** The realm and the pages' client. */
    public record Identity(@NotNull URI issuer, @NotNull URI backchannel, @NotBlank String clientId,
            @NotBlank String clientSecret, @NotBlank String rolesClaim) {

        /** The realm's endpoint {@code path} as this service reaches it. */
        public String backchannel(String path) {
            return backchannel.toString().replaceAll("/+$", "") + path;
        }

        /** The realm's endpoint {@code path} as a browser reaches it. */
        public String front(String path) {
            return issuer.toString().replaceAll("/+$", "") + path;
        }

        @Override
        public String toString() {
            return "Identity[" + issuer + ", " + clientId + "]";
        }
    }
}
