package vn.phananh.webapp.pages;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import vn.phananh.webapp.api.AccessTokens;
import vn.phananh.webapp.system.WebProperties;

/**
 * Sign-in for the pages: OpenID Connect authorization code with PKCE at the realm (its login page,
 * its brute-force protection), then a session cookie, CSRF tokens on every POST, and a logout that
 * also ends the session at the identity provider. The realm roles of the ID token open the pages
 * meant for them; what a person may see and do inside them the search API decides from their
 * access token, which every call carries.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

    static final String FORBIDDEN_PAGE = "/loi/403";
    static final String REGISTRATION = AccessTokens.REGISTRATION;
    static final String SIGN_IN = "/oauth2/authorization/" + REGISTRATION;

    @Bean
    SecurityFilterChain pagesChain(HttpSecurity http, ClientRegistrationRepository registrations,
            WebProperties properties) throws Exception {
        var forbidden = new AccessDeniedHandlerImpl();
        forbidden.setErrorPage(FORBIDDEN_PAGE);
        var logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        http.authorizeHttpRequests(a -> a
                        // The forbidden page is a forward, live alerts finish on async dispatches.
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC)
                        .permitAll()
                        .requestMatchers("/", "/login", "/cong-khai", "/cong-khai/**", "/tra-cuu", "/tra-cuu/**", "/loi/**", "/css/**", "/js/**",
                                "/favicon.ico", "/actuator/health/**").permitAll()
                        // Supervisors and admins may read what they may read over the API.
                        .requestMatchers(HttpMethod.GET, "/staff/search", "/staff/search/export.csv", "/staff/feedback/*")
                        .hasAnyRole("STAFF", "SUPERVISOR", "ADMIN")
                        // The periodic report: staff of the unit and its supervisors (the unit is checked by the report).
                        .requestMatchers(HttpMethod.GET, "/so-ket", "/so-ket/**").hasAnyRole("STAFF", "SUPERVISOR", "ADMIN")
                        .requestMatchers("/staff", "/staff/**").hasRole("STAFF")
                        .requestMatchers("/supervisor", "/supervisor/**").hasAnyRole("SUPERVISOR", "ADMIN")
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .oauth2Login(o -> o.loginPage("/login").failureUrl("/login?error").successHandler(new LandingPage())
                        .userInfoEndpoint(u -> u.userAuthoritiesMapper(authorities(properties.identity().rolesClaim()))))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN))
                        .accessDeniedHandler(forbidden))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessHandler(logout))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; "
                        + "img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; "
                        + "object-src 'none'; base-uri 'self'; form-action 'self' " + formTargets(registrations)
                        + "; frame-ancestors 'none'")));
        return http.build();
    }

    /**
     * The realm as the pages' OpenID provider. The endpoints are given, not discovered, so the pages
     * start (and the public ones work) while the identity provider is still starting or down; the
     * browser goes to the issuer's address, this service to the back-channel one.
     */
    @Bean
    ClientRegistrationRepository clientRegistrations(WebProperties properties) {
        WebProperties.Identity security = properties.identity();
        ClientRegistration keycloak = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(security.clientId()).clientSecret(security.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid")
                .authorizationUri(security.front("/protocol/openid-connect/auth"))
                .tokenUri(security.backchannel("/protocol/openid-connect/token"))
                .jwkSetUri(security.backchannel("/protocol/openid-connect/certs"))
                .issuerUri(security.issuer().toString()).userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("end_session_endpoint",
                        security.front("/protocol/openid-connect/logout")))
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .clientName("Keycloak").build();
        return new InMemoryClientRegistrationRepository(keycloak);
    }

    /** The signed-in person's tokens live in their session, and go with it at logout. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Gives the signed-in clerk's access token (refreshed when it expired) to calls made for them. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository clients) {
        var manager = new DefaultOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().refreshToken().build());
        return manager;
    }

    /** The Phản Ánh realm roles of the ID token (staff, supervisor, admin) as {@code ROLE_STAFF} and so on. */
    private static GrantedAuthoritiesMapper authorities(String rolesClaim) {
        return (Collection<? extends GrantedAuthority> granted) -> {
            Set<GrantedAuthority> mapped = new LinkedHashSet<>();
            for (GrantedAuthority authority : granted) {
                if (authority instanceof OidcUserAuthority oidc
                        && oidc.getIdToken().getClaims().get(rolesClaim) instanceof Collection<?> roles) {
                    roles.stream().map(r -> String.valueOf(r).toUpperCase(java.util.Locale.ROOT))
                            .filter(ROLES::contains).forEach(r -> mapped.add(new SimpleGrantedAuthority("ROLE_" + r)));
                }
            }
            return mapped;
        };
    }

    private static final Set<String> ROLES = Set.of("STAFF", "SUPERVISOR", "ADMIN");

    /** Signing in and out are form posts and redirects to the identity provider. */
    private static String formTargets(ClientRegistrationRepository registrations) {
        String issuer = registrations.findByRegistrationId(REGISTRATION).getProviderDetails().getIssuerUri();
        return java.net.URI.create(issuer).resolve("/").toString().replaceAll("/$", "");
    }
}
