package vn.phananh.load.channel;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * Bearer tokens of the pipeline's Keycloak realm: a desk device's (client credentials) and a
 * development user's (password grant on the {@code phananh-cli} client), each kept until shortly
 * before it expires, so a run of thousands of requests signs in a handful of times.
 */
public final class Identity {

    private final HttpClient http;
    private final URI tokenEndpoint;
    private final Map<String, Cached> tokens = new ConcurrentHashMap<>();

    /** @param keycloak the Keycloak server's address, e.g. {@code http://127.0.0.1:8180} */
    public Identity(HttpClient http, URI keycloak) {
        this.http = http;
        this.tokenEndpoint = URI.create(keycloak.toString().replaceAll("/+$", "")
                + "/realms/phananh/protocol/openid-connect/token");
    }

    private record Cached(String token, Instant refreshAt) {
    }

    /** {@code Bearer <token>} of a development user. */
    public String user(String username, String password) {
        return bearer("user\u0000" + username + "\u0000" + password, Map.of("grant_type", "password",
                "client_id", "phananh-cli", "username", username, "password", password));
    }

    /** {@code Bearer <token>} of a confidential client (a unit's desk device). */
    public String client(String clientId, String secret) {
        return bearer("client\u0000" + clientId + "\u0000" + secret, Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret));
    }

    private String bearer(String key, Map<String, String> form) {
        Cached cached = tokens.get(key);
        if (cached == null || Instant.now().isAfter(cached.refreshAt())) {
            cached = request(form);
            tokens.put(key, cached);
        }
        return "Bearer " + cached.token();
    }

    private Cached request(Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode answer = Json.read(response.body().getBytes(StandardCharsets.UTF_8));
            if (response.statusCode() != 200 || !answer.has("access_token")) {
                throw new IllegalStateException("Keycloak refused a token (" + response.statusCode() + " "
                        + answer.path("error").asString("") + ") at " + tokenEndpoint);
            }
            long seconds = answer.path("expires_in").asLong(60);
            return new Cached(answer.get("access_token").asString(), Instant.now().plusSeconds(Math.max(0, seconds - 30)));
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException("Keycloak does not answer at " + tokenEndpoint, ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
