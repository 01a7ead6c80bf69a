package vn.phananh.search.security;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A configured user with its role and units. */
class UnitUser extends User {

    private final Role role;
    private final Set<String> units;

    UnitUser(SecurityProperties.User user) {
        super(user.username(), user.password(), List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
        this.role = user.role();
        this.units = user.units();
    }

    Viewer viewer() {
        return new Viewer(getUsername(), role, units);
    }
}
