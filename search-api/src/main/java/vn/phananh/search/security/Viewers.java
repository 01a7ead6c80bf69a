package vn.phananh.search.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/** Turns whatever authenticated the request (configured user or JWT) into a {@link Viewer}. */
@Component
public class Viewers {

    private final SecurityProperties.Jwt claims;

    Viewers(SecurityProperties properties) {
        this.claims = properties.jwt();
    }

    public Viewer of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("Not signed in");
        }
        if (authentication.getPrincipal() instanceof UnitUser user) {
            return user.viewer();
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            return fromJwt(token.getToken());
        }
        throw new AccessDeniedException("Unsupported sign-in");
    }

    Viewer fromJwt(Jwt jwt) {
        String role = jwt.getClaimAsString(claims.roleClaim());
        if (role == null) {
            throw new AccessDeniedException("Token without role");
        }
        return new Viewer(jwt.getSubject(), Role.valueOf(role.toUpperCase(java.util.Locale.ROOT)), units(jwt));
    }

    private Set<String> units(Jwt jwt) {
        Object value = jwt.getClaims().get(claims.unitsClaim());
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.toSet());
        }
        return value == null ? Set.of() : Set.of(String.valueOf(value).split("[ ,]+"));
    }
}
