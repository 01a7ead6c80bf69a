package vn.phananh.search.security;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one reading of the realm's claims (a pure unit test: claims as Keycloak writes them). */
class ViewersTest {

    final Viewers viewers = new Viewers(new SecurityProperties(URI.create("http://id.example/realms/phananh"),
            URI.create("http://id.example/realms/phananh"), "phananh-api", "roles", "groups", "/units/"),
            group -> Optional.of(group.substring("/units/".length())).filter(Set.of("xa-hung-cuong", "phuong-thach-thang")::contains));

    @Test
    void readsRoleAndUnitsFromTheRealmsClaims() {
        Viewer viewer = viewers.fromClaims(Map.of("preferred_username", "can-bo-1", "sub", "uuid-1",
                "roles", List.of("default-roles-phananh", "supervisor", "offline_access"),
                "groups", List.of("/units/xa-hung-cuong", "/units/phuong-thach-thang", "/phong-tai-chinh")));
        assertThat(viewer.role()).isEqualTo(Role.SUPERVISOR);
        assertThat(viewer.units()).containsExactlyInAnyOrder("xa-hung-cuong", "phuong-thach-thang");
        assertThat(viewer.username()).isEqualTo("can-bo-1");
    }

    @Test
    void theHighestRoleWins() {
        assertThat(viewers.fromClaims(Map.of("sub", "a", "roles", List.of("staff", "admin"))).role()).isEqualTo(Role.ADMIN);
        assertThat(viewers.authorities(Map.of("roles", List.of("staff", "desk")))).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_STAFF");
    }

    @Test
    void aTokenWithoutRoleSeesNothing() {
        assertThatThrownBy(() -> viewers.fromClaims(Map.of("sub", "a", "groups", List.of("/units/xa-hung-cuong"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTokenNamingAnUnknownUnitGetsNoRoleAtAll() {
        Map<String, Object> claims = Map.of("sub", "a", "roles", List.of("staff"),
                "groups", List.of("/units/xa-hung-cuong", "/units/xa-chua-cau-hinh"));
        assertThat(viewers.authorities(claims)).isEmpty();
        assertThatThrownBy(() -> viewers.fromClaims(claims)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyStaffOfTheUnitAreStaffOfIt() {
        assertThat(new Viewer("s", Role.STAFF, Set.of("xa-hung-cuong")).isStaffOf("xa-hung-cuong")).isTrue();
        assertThat(new Viewer("s", Role.SUPERVISOR, Set.of("xa-hung-cuong")).isStaffOf("xa-hung-cuong")).isFalse();
        assertThat(new Viewer("s", Role.STAFF, Set.of("xa-hung-cuong")).isStaffOf("phuong-thach-thang")).isFalse();
    }
}
