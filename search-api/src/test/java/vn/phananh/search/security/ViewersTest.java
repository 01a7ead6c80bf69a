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
        Jwt jwt = jwt().claim("role", "supervisor").claim("units", List.of("xa-hung-cuong", "phuong-thach-thang")).build();
        Viewer viewer = viewers.fromJwt(jwt);
        assertThat(viewer.role()).isEqualTo(Role.SUPERVISOR);
        assertThat(viewer.units()).containsExactlyInAnyOrder("xa-hung-cuong", "phuong-thach-thang");
        assertThat(viewer.username()).isEqualTo("can-bo-1");
    }

    @Test
    void aTokenWithoutRoleSeesNothing() {
        assertThatThrownBy(() -> viewers.fromJwt(jwt().claim("units", "xa-hung-cuong").build()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyStaffOfTheUnitAreStaffOfIt() {
        assertThat(new Viewer("s", Role.STAFF, java.util.Set.of("xa-hung-cuong")).isStaffOf("xa-hung-cuong")).isTrue();
        assertThat(new Viewer("s", Role.SUPERVISOR, java.util.Set.of("xa-hung-cuong")).isStaffOf("xa-hung-cuong")).isFalse();
        assertThat(new Viewer("s", Role.STAFF, java.util.Set.of("xa-hung-cuong")).isStaffOf("phuong-thach-thang")).isFalse();
    }

    private static Jwt.Builder jwt() {
        return Jwt.withTokenValue("t").header("alg", "none").subject("can-bo-1").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
    }
}
