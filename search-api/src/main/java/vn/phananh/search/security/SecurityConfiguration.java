package vn.phananh.search.security;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. The rules are the same in both modes; only how people sign in differs
 * ({@code phananh.search.security.mode}). Which feedback they see is decided inside every query.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String MODE = "phananh.search.security.mode";

    @Bean
    @ConditionalOnProperty(name = MODE, havingValue = "basic", matchIfMissing = true)
    SecurityFilterChain basicChain(HttpSecurity http) throws Exception {
        var problems = new ProblemSecurityHandlers("Basic realm=\"phananh\"");
        rules(http, problems).httpBasic(b -> b.authenticationEntryPoint(problems));
        return http.build();
    }

    @Bean
    @ConditionalOnProperty(name = MODE, havingValue = "basic", matchIfMissing = true)
    UserDetailsService configuredUsers(SecurityProperties properties) {
        return new ConfiguredUsers(properties);
    }

    @Bean
    @ConditionalOnProperty(name = MODE, havingValue = "jwt")
    SecurityFilterChain jwtChain(HttpSecurity http, SecurityProperties properties) throws Exception {
        var problems = new ProblemSecurityHandlers("Bearer");
        rules(http, problems).oauth2ResourceServer(o -> o.authenticationEntryPoint(problems)
                .jwt(j -> j.jwtAuthenticationConverter(roleFromClaim(properties.jwt().roleClaim()))));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static HttpSecurity rules(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        return http
                .csrf(c -> c.disable()) // stateless API: no cookies, so nothing to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(a -> a
                        // Streamed exports finish on an async dispatch of an already-authorised request.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/api/v1/public/**", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/feedback/*/*").hasRole(Role.STAFF.name())
                        .requestMatchers("/api/v1/**").authenticated()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .anyRequest().denyAll());
    }

    private static JwtAuthenticationConverter roleFromClaim(String claim) {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            String role = jwt.getClaimAsString(claim);
            return role == null ? List.of()
                    : List.of(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(Locale.ROOT)));
        });
        return converter;
    }
}
