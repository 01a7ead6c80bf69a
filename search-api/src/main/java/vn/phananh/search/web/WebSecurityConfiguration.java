package vn.phananh.search.web;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import vn.phananh.search.security.Role;
import vn.phananh.search.security.SecurityProperties;

/**
 * Sign-in for the web pages, apart from the stateless API: a form, a session cookie, CSRF
 * tokens on every POST, logout. Ordered before the API's chain, which keeps every other path.
 * With {@code mode=jwt} there is no password to check here, so only the public pages work.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

    /** Every path the pages own; nothing else goes through this chain. */
    static final String[] PAGE_PATHS = { "/", "/login", "/logout", "/staff", "/staff/**", "/supervisor",
        "/supervisor/**", "/cong-khai", "/cong-khai/**", "/loi/**", "/css/**", "/js/**", "/favicon.ico" };

    static final String FORBIDDEN_PAGE = "/loi/403";

    @Bean
    @Order(1)
    SecurityFilterChain pagesChain(HttpSecurity http, SecurityProperties security) throws Exception {
        var forbidden = new AccessDeniedHandlerImpl();
        forbidden.setErrorPage(FORBIDDEN_PAGE);
        http.securityMatcher(PAGE_PATHS)
                .authorizeHttpRequests(a -> a
                        // The forbidden page is a forward, live alerts finish on async dispatches.
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC)
                        .permitAll()
                        .requestMatchers("/", "/login", "/cong-khai", "/cong-khai/**", "/loi/**", "/css/**", "/js/**",
                                "/favicon.ico").permitAll()
                        // Supervisors and admins may read what they may read over the API.
                        .requestMatchers(HttpMethod.GET, "/staff/search", "/staff/feedback/*").authenticated()
                        .requestMatchers("/staff", "/staff/**").hasRole(Role.STAFF.name())
                        .requestMatchers("/supervisor", "/supervisor/**")
                        .hasAnyRole(Role.SUPERVISOR.name(), Role.ADMIN.name())
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                        .accessDeniedHandler(forbidden))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; "
                        + "img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; "
                        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")));
        if (security.mode() == SecurityProperties.Mode.BASIC) {
            http.formLogin(f -> f.loginPage("/login").failureUrl("/login?error").successHandler(new LandingPage())
                    .permitAll());
        }
        return http.build();
    }
}
