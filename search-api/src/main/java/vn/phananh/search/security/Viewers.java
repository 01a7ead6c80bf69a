package vn.phananh.search.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The one reading of the identity provider's claims, for API bearer tokens and page sign-ins
 * alike: the realm roles give the role (the highest of staff, supervisor, admin), the groups under
 * {@code /units/} give the units. A token that names a unit this service does not know gives no
 * role at all, so every protected path answers 403 to it.
 */
@Component
public class Viewers {

    private static final String UNKNOWN = "";

    private final SecurityProperties claims;
    private final KnownUnits units;

    Viewers(SecurityProperties claims, KnownUnits units) {
        this.claims = claims;
        this.units = units;
    }

    public Viewer of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("Not signed in");
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            return fromClaims(token.getTokenAttributes());
        }
        if (authentication.getPrincipal() instanceof OidcUser user) {
            return fromClaims(user.getClaims());
        }
        throw new AccessDeniedException("Unsupported sign-in");
    }

    /** The viewer the claims describe; refused when they give no role or name an unknown unit. */
    public Viewer fromClaims(Map<String, Object> tokenClaims) {
        Set<Role> roles = roles(tokenClaims);
        Set<String> named = unitsNamed(tokenClaims);
        if (roles.isEmpty() || named.contains(UNKNOWN)) {
            throw new AccessDeniedException("No role in Phản Ánh, or a unit that is not configured");
        }
        Object username = tokenClaims.getOrDefault("preferred_username", tokenClaims.get("sub"));
        return new Viewer(String.valueOf(username), highest(roles), named);
    }

    /** The authorities Spring Security checks paths against: {@code ROLE_STAFF} and so on, or none. */
    public List<GrantedAuthority> authorities(Map<String, Object> tokenClaims) {
        Set<Role> roles = roles(tokenClaims);
        if (unitsNamed(tokenClaims).contains(UNKNOWN)) {
            return List.of();
        }
        return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    Set<Role> roles(Map<String, Object> tokenClaims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : strings(tokenClaims.get(claims.rolesClaim()))) {
            for (Role role : Role.values()) {
                if (role.name().equals(name.toUpperCase(Locale.ROOT))) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /** The units of the token's unit groups; {@link #UNKNOWN} for a unit group no configured unit has. */
    Set<String> unitsNamed(Map<String, Object> tokenClaims) {
        String prefix = claims.unitGroupPrefix();
        return strings(tokenClaims.get(claims.groupsClaim())).stream()
                .filter(g -> g.startsWith(prefix) && g.length() > prefix.length())
                .map(g -> units.unitOfGroup(g).orElse(UNKNOWN))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Role highest(Set<Role> roles) {
        return roles.contains(Role.ADMIN) ? Role.ADMIN : roles.contains(Role.SUPERVISOR) ? Role.SUPERVISOR : Role.STAFF;
    }

    private static List<String> strings(Object value) {
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value).split("[ ,]+"));
    }
}
