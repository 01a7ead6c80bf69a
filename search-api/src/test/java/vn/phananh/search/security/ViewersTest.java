package vn.phananh.search.security;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ViewersTest {

    final Viewers viewers = new Viewers(new SecurityProperties(SecurityProperties.Mode.JWT,
            new SecurityProperties.Jwt("units", "role"), List.of()));

    @Test
    void readsRoleAndUnitsFromTokenClaims() {
        Jwt jwt = jwt().claim("role", "supervisor").claim("units", List.of("27100", "27103")).build();
        Viewer viewer = viewers.fromJwt(jwt);
        assertThat(viewer.role()).isEqualTo(Role.SUPERVISOR);
        assertThat(viewer.units()).containsExactlyInAnyOrder("27100", "27103");
        assertThat(viewer.username()).isEqualTo("can-bo-1");
    }

    @Test
    void aTokenWithoutRoleSeesNothing() {
        assertThatThrownBy(() -> viewers.fromJwt(jwt().claim("units", "27100").build()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyStaffOfTheUnitAreStaffOfIt() {
        assertThat(new Viewer("s", Role.STAFF, java.util.Set.of("27100")).isStaffOf("27100")).isTrue();
        assertThat(new Viewer("s", Role.SUPERVISOR, java.util.Set.of("27100")).isStaffOf("27100")).isFalse();
        assertThat(new Viewer("s", Role.STAFF, java.util.Set.of("27100")).isStaffOf("27103")).isFalse();
    }

    private static Jwt.Builder jwt() {
        return Jwt.withTokenValue("t").header("alg", "none").subject("can-bo-1").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
    }
}
