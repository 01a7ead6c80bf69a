package vn.phananh.webapp.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in person's own access token, for every call the pages make on their behalf: the
 * search API and the ingest service see who asks, with the person's own role and units, and decide
 * what they may see and do. Refreshed (with the refresh token in the session) when it has expired.
 */
@Component
public class AccessTokens {

    /** The registration the pages sign in with. */
    public static final String REGISTRATION = "keycloak";

    private final OAuth2AuthorizedClientManager clients;

    AccessTokens(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    /** The current request's person's token; {@link SignedOutException} when there is none that can be used or refreshed. */
    public String current() {
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        if (person == null || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            throw new SignedOutException();
        }
        try {
            OAuth2AuthorizedClient client = clients.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(REGISTRATION).principal(person)
                    .attribute(HttpServletRequest.class.getName(), attributes.getRequest())
                    .attribute(HttpServletResponse.class.getName(), attributes.getResponse()).build());
            if (client == null) {
                throw new SignedOutException();
            }
            return client.getAccessToken().getTokenValue();
        }
        catch (OAuth2AuthorizationException ex) {
            throw new SignedOutException(); // the refresh token expired too: the person signs in again
        }
    }

    /** The session holds no usable token: the person signs in again. */
    public static class SignedOutException extends RuntimeException {

        SignedOutException() {
            super("No usable access token in the session", null, false, false);
        }
    }
}
