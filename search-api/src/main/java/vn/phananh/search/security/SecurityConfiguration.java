package vn.phananh.search.security;

import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The JSON API is an OAuth2 resource server: every call but the public ones carries a bearer
 * access token of the realm, checked locally against the realm's signing keys (fetched once and
 * cached, never a call per request) for issuer, audience and expiry. Which feedback a caller sees
 * is then decided inside every query from the token's units.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * No Spring Security observations: they wrap every filter of every request in a span and a timer,
     * a tenth of the ingest service's CPU per webhook in the profile (BENCHMARKS.md, issue 15). Requests
     * are still timed as a whole ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain apiChain(HttpSecurity http, JwtDecoder decoder, Viewers viewers) throws Exception {
        var problems = new ProblemSecurityHandlers("Bearer");
        http.csrf(c -> c.disable()) // stateless API: no cookies, so nothing to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .oauth2ResourceServer(o -> o.authenticationEntryPoint(problems).accessDeniedHandler(problems)
                        .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(converter(viewers))))
                .authorizeHttpRequests(a -> a
                        // Streamed exports finish on an async dispatch of an already-authorised request.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/api/v1/public/**", "/open311/**", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/feedback/*/*", "/api/v1/clusters/*/answer")
                        .hasRole(Role.STAFF.name())
                        .requestMatchers("/api/v1/**").hasAnyRole(Role.STAFF.name(), Role.SUPERVISOR.name(),
                                Role.ADMIN.name())
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .anyRequest().denyAll());
        return http.build();
    }

    /** Signature by the realm's keys (cached), then issuer, expiry and the API audience. */
    @Bean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder
                .withJwkSetUri(properties.backchannel("/protocol/openid-connect/certs")).build();
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
                aud -> aud != null && aud.contains(properties.audience()));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer().toString()), audience));
        return decoder;
    }

    private static JwtAuthenticationConverter converter(Viewers viewers) {
        var converter = new JwtAuthenticationConverter();
        converter.setPrincipalClaimName("preferred_username");
        converter.setJwtGrantedAuthoritiesConverter(jwt -> viewers.authorities(jwt.getClaims()));
        return converter;
    }
}
