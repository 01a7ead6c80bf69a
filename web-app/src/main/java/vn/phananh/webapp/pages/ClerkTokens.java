package vn.phananh.search.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;

/**
 * The signed-in person's own access token, for calls the pages make on their behalf (the desk
 * form to the ingest service): the service called sees who recorded the message, with the
 * person's own rights, and no shared desk password exists. Refreshed when it has expired.
 */
@Component
class ClerkTokens {

    private final OAuth2AuthorizedClientManager clients;

    ClerkTokens(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    /** The access token, or empty when the session holds none that can be used or refreshed. */
    Optional<String> of(Authentication person, HttpServletRequest request, HttpServletResponse response) {
        try {
            OAuth2AuthorizedClient client = clients.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(WebSecurityConfiguration.REGISTRATION).principal(person)
                    .attribute(HttpServletRequest.class.getName(), request)
                    .attribute(HttpServletResponse.class.getName(), response).build());
            return Optional.ofNullable(client).map(c -> c.getAccessToken().getTokenValue());
        }
        catch (OAuth2AuthorizationException ex) {
            return Optional.empty(); // the refresh token expired too: the person signs in again
        }
    }
}
