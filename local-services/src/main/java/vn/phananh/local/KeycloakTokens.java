package vn.phananh.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens from the realm's token endpoint: a development user's through the public
 * {@code phananh-cli} client (resource-owner password grant, enabled for that client only: it is
 * for {@code ./pipeline token}, tests and the demo data), or a client's own (client credentials).
 */
public final class KeycloakTokens {

    public static final String CLI_CLIENT = "phananh-cli";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String issuer;

    /** @param issuer the realm's address, {@code <keycloak>/realms/phananh} */
    public KeycloakTokens(String issuer) {
        this.issuer = issuer;
    }

    /** A token, with the seconds it is valid for. */
    public record Token(String accessToken, long expiresInSeconds) {

        @Override
        public String toString() {
            return "Token[expires in " + expiresInSeconds + " s]";
        }
    }

    /** A development user's access token. */
    public Token password(String username, String password) {
        return request(Map.of("grant_type", "password", "client_id", CLI_CLIENT, "username", username,
                "password", password));
    }

    /** A confidential client's own access token (a desk device, the onboarding command). */
    public Token clientCredentials(String clientId, String secret) {
        return request(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private Token request(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body());
            if (response.statusCode() != 200 || !answer.has("access_token")) {
                throw new IllegalStateException("Keycloak refused the token request (" + response.statusCode() + " "
                        + answer.path("error").asString("") + ": " + answer.path("error_description").asString("") + ")");
            }
            return new Token(answer.get("access_token").asString(), answer.path("expires_in").asLong(60));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Keycloak does not answer at " + issuer, ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
