package vn.phananh.search.security;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The users of {@code phananh.search.security.users}. */
class ConfiguredUsers implements UserDetailsService {

    private final Map<String, SecurityProperties.User> users;

    ConfiguredUsers(SecurityProperties properties) {
        this.users = properties.users().stream()
                .collect(Collectors.toUnmodifiableMap(SecurityProperties.User::username, Function.identity()));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        SecurityProperties.User user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("Unknown user");
        }
        return new UnitUser(user);
    }
}
