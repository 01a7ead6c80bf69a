package vn.phananh.ingest.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

import vn.phananh.web.ProblemType;
import vn.phananh.web.Problems;

/**
 * The desk API needs HTTP Basic with the staff of configuration (passwords stored hashed). The
 * webhooks authenticate by signature and the integration API by key in their controllers, so
 * every other path passes the filter chain without a session, CSRF token or login page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String DESK_ROLE = "DESK";

    @Bean
    @Order(1)
    SecurityFilterChain deskChain(HttpSecurity http, JsonMapper json) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"phananh-desk\"");
            write(response, json, ProblemType.UNAUTHENTICATED, "Desk staff credentials are missing or wrong");
        };
        AccessDeniedHandler denied = (request, response, ex) ->
                write(response, json, ProblemType.UNIT_NOT_ALLOWED, "This account may not record at the desk");
        return http.securityMatcher("/desk/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(DESK_ROLE))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
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

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService deskStaff(IngestProperties properties) {
        List<UserDetails> users = properties.desk().desks().stream()
                .flatMap(desk -> desk.users().stream())
                .map(user -> User.withUsername(user.username()).password(user.passwordHash()).roles(DESK_ROLE).build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    private static void write(HttpServletResponse response, JsonMapper json, ProblemType problem, String detail)
            throws IOException {
        response.setStatus(problem.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.of(problem, detail));
    }
}
