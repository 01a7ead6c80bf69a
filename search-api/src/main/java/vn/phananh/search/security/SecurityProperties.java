package vn.phananh.search.security;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The identity provider (Keycloak's realm): the issuer its tokens name and browsers sign in at,
 * the address this service reaches it at (the same, unless a container network puts it elsewhere),
 * the audience API tokens must carry and the claims holding roles and unit groups. Units come from groups under {@code unitGroupPrefix}: {@code /units/xa-hung-cuong}.
 */
@ConfigurationProperties("phananh.search.security")
@Validated
public record SecurityProperties(@NotNull URI issuer, @NotNull URI backchannel, @NotBlank String audience,
        @NotBlank String rolesClaim, @NotBlank String groupsClaim, @NotBlank String unitGroupPrefix) {

    /** The realm's endpoint {@code path} (e.g. {@code /protocol/openid-connect/certs}) as this service reaches it. */
    public String backchannel(String path) {
        return backchannel.toString().replaceAll("/+$", "") + path;
    }

}
