package vn.phananh.testsupport;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.phananh.local.KeycloakAdmin;
import vn.phananh.local.KeycloakSettings;
import vn.phananh.local.KeycloakTokens;
import vn.phananh.local.LocalKeycloak;

/**
 * A real Keycloak with the development realm for tests: its address, the realm's settings (client
 * secrets, the development users' password) and how it was obtained ({@code environment},
 * {@code testcontainers} or {@code local process}). Tokens of the development users are cached
 * until shortly before they expire: a test suite asks for thousands and Keycloak would hash the
 * password each time.
 */
public record KeycloakService(String url, KeycloakSettings settings, String origin,
        Map<String, KeycloakTokens.Token> cache, Map<String, Instant> expiries) {

    public KeycloakService(String url, KeycloakSettings settings, String origin) {
        this(url, settings, origin, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    /** The realm's address, which is also the issuer of its tokens. */
    public String issuer() {
        return url + "/realms/" + LocalKeycloak.REALM;
    }

    public KeycloakTokens tokens() {
        return new KeycloakTokens(issuer());
    }

    public KeycloakAdmin admin() {
        return new KeycloakAdmin(url, settings.adminClientSecret());
    }

    /** A development user's access token (password {@code phananh-dev}), from the cache while valid. */
    public String accessToken(String username) {
        return accessToken(username, settings.devPassword());
    }

    /** A user's access token, from the cache while valid for another 30 s. */
    public String accessToken(String username, String password) {
        String key = username + "\u0000" + password;
        Instant expiry = expiries.get(key);
        if (expiry == null || Instant.now().isAfter(expiry)) {
            KeycloakTokens.Token token = tokens().password(username, password);
            cache.put(key, token);
            expiries.put(key, Instant.now().plusSeconds(Math.max(0, token.expiresInSeconds() - 30)));
        }
        return cache.get(key).accessToken();
    }

    /** A confidential client's own access token (client credentials), from the cache while valid. */
    public String clientToken(String clientId, String secret) {
        String key = "client\u0000" + clientId + "\u0000" + secret;
        Instant expiry = expiries.get(key);
        if (expiry == null || Instant.now().isAfter(expiry)) {
            KeycloakTokens.Token token = tokens().clientCredentials(clientId, secret);
            cache.put(key, token);
            expiries.put(key, Instant.now().plusSeconds(Math.max(0, token.expiresInSeconds() - 30)));
        }
        return cache.get(key).accessToken();
    }

    /** The token of a unit's desk device ({@code desk-<unit>}, the realm's development secret). */
    public String deskToken(String unitCode) {
        return clientToken("desk-" + unitCode, settings.deskSecret(unitCode));
    }

    /** Lets pages served at {@code webUrl} (a test's random port) sign in through the realm. */
    public void allowWebUrl(String webUrl) {
        admin().allowWebUrl(webUrl);
    }

    @Override
    public String toString() {
        return "KeycloakService[" + url + ", " + origin + "]";
    }
}
