package vn.phananh.ingest.system;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

import vn.phananh.web.ProblemType;
import vn.phananh.web.Problems;

/**
 * The desk entrance is an OAuth2 resource server: a desk device's own token (client credentials)
 * or the signed-in clerk's, checked locally against the realm's cached signing keys, never a
 * password per request. The webhooks authenticate by signature and the integration API by key in
 * their controllers, so every other path passes the filter chain without a session or CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Realm roles that may record at a desk: the desk device and the unit's staff. */
    static final List<String> DESK_ROLES = List.of("DESK", "STAFF");

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
    @Order(1)
    SecurityFilterChain deskChain(HttpSecurity http, JsonMapper json, JwtDecoder decoder, IngestProperties properties)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, json, ProblemType.UNAUTHENTICATED, "A desk device's or staff member's bearer token is required");
        };
        AccessDeniedHandler denied = (request, response, ex) ->
                write(response, json, ProblemType.UNIT_NOT_ALLOWED, "This token may not record at the desk");
        return http.securityMatcher("/desk/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(DESK_ROLES.toArray(String[]::new)))
                .oauth2ResourceServer(o -> o.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied)
                        .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(roles(properties.identity()))))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .addFilterBefore(new IdentityOutage(json), BearerTokenAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain openChain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(Customizer.withDefaults())
                .build();
    }

    /** Signature by the realm's keys (fetched once, cached), then issuer, expiry and audience. */
    @Bean
    JwtDecoder jwtDecoder(IngestProperties properties) {
        IngestProperties.Identity identity = properties.identity();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(identity.jwkSetUri().toString()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(identity.issuer().toString()),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(identity.audience()))));
        return decoder;
    }

    private static JwtAuthenticationConverter roles(IngestProperties.Identity identity) {
        var converter = new JwtAuthenticationConverter();
        converter.setPrincipalClaimName("preferred_username");
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            List<String> roles = jwt.getClaimAsStringList(identity.rolesClaim());
            return roles == null ? List.of() : roles.stream().map(r -> r.toUpperCase(Locale.ROOT))
                    .filter(DESK_ROLES::contains).map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r))
                    .toList();
        });
        return converter;
    }

    private static void write(HttpServletResponse response, JsonMapper json, ProblemType problem, String detail)
            throws IOException {
        response.setStatus(problem.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.of(problem, detail));
    }
}
