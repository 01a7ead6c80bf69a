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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The few realm changes Phản Ánh makes over Keycloak's admin REST API, as the realm's
 * {@code phananh-admin} client (a service account allowed to manage users, groups and clients of
 * this realm only, not the server): a unit's staff group and desk client, staff users, and the
 * addresses the web pages may be redirected back to after sign-in.
 */
public final class KeycloakAdmin {

    public static final String ADMIN_CLIENT = "phananh-admin";
    public static final String WEB_CLIENT = "phananh-web";
    public static final String UNITS_GROUP = "units";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String api;
    private final KeycloakTokens tokens;
    private final String secret;

    /**
     * @param url the server's address (not the realm's)
     * @param adminSecret the {@code phananh-admin} client's secret
     */
    public KeycloakAdmin(String url, String adminSecret) {
        this.api = url + "/admin/realms/" + LocalKeycloak.REALM;
        this.tokens = new KeycloakTokens(url + "/realms/" + LocalKeycloak.REALM);
        this.secret = adminSecret;
    }

    /** Lets the pages at {@code webUrl} sign in and out through the web client (idempotent). */
    public void allowWebUrl(String webUrl) {
        String token = token();
        JsonNode client = client(token, WEB_CLIENT).orElseThrow(() -> new IllegalStateException("No client " + WEB_CLIENT));
        ObjectNode changed = (ObjectNode) client;
        Set<String> redirects = strings(client.path("redirectUris"));
        redirects.add(webUrl + "/login/oauth2/code/keycloak");
        ArrayNode array = changed.putArray("redirectUris");
        redirects.forEach(array::add);
        ObjectNode attributes = (ObjectNode) changed.path("attributes");
        Set<String> logout = new LinkedHashSet<>(List.of(attributes.path("post.logout.redirect.uris").asString("").split("##")));
        logout.remove("");
        logout.add(webUrl + "/*");
        attributes.put("post.logout.redirect.uris", String.join("##", logout));
        send(token, "PUT", "/clients/" + client.get("id").asString(), changed);
    }

    /** The id of the group {@code /units/<unit>}, created (with its parent) when missing. */
    public String ensureUnitGroup(String unitCode) {
        String token = token();
        String parent = group(token, "/" + UNITS_GROUP).orElseGet(() -> {
            send(token, "POST", "/groups", JSON.createObjectNode().put("name", UNITS_GROUP));
            return group(token, "/" + UNITS_GROUP).orElseThrow();
        });
        return group(token, "/" + UNITS_GROUP + "/" + unitCode).orElseGet(() -> {
            send(token, "POST", "/groups/" + parent + "/children", JSON.createObjectNode().put("name", unitCode));
            return group(token, "/" + UNITS_GROUP + "/" + unitCode).orElseThrow();
        });
    }

    /**
     * A user with a password, a realm role and the given groups (paths), created or, when the
     * username exists, given the password, role and groups. {@code temporary} makes the user choose
     * a new password at the first sign-in.
     */
    public void ensureUser(String username, String password, boolean temporary, String role, List<String> groupPaths) {
        String token = token();
        String id = userId(token, username).orElseGet(() -> {
            send(token, "POST", "/users", JSON.createObjectNode().put("username", username).put("enabled", true)
                    .put("firstName", username).put("lastName", "-").put("email", username + "@example.invalid")
                    .put("emailVerified", true));
            return userId(token, username).orElseThrow();
        });
        send(token, "PUT", "/users/" + id + "/reset-password", JSON.createObjectNode().put("type", "password")
                .put("value", password).put("temporary", temporary));
        JsonNode realmRole = get(token, "/roles/" + encode(role));
        send(token, "POST", "/users/" + id + "/role-mappings/realm", JSON.createArrayNode().add(realmRole));
        for (String path : groupPaths) {
            String group = group(token, path).orElseThrow(() -> new IllegalStateException("No group " + path));
            send(token, "PUT", "/users/" + id + "/groups/" + group, null);
        }
    }

    /**
     * A confidential desk-device client {@code clientId} with the given secret whose service account
     * has the role {@code desk} and belongs to the unit's group; created or updated.
     */
    public void ensureDeskClient(String clientId, String clientSecret, String unitCode) {
        String group = ensureUnitGroup(unitCode);
        String token = token();
        ObjectNode wanted = JSON.createObjectNode().put("clientId", clientId).put("enabled", true)
                .put("protocol", "openid-connect").put("publicClient", false).put("secret", clientSecret)
                .put("standardFlowEnabled", false).put("directAccessGrantsEnabled", false)
                .put("serviceAccountsEnabled", true);
        wanted.putArray("defaultClientScopes").add("basic").add("profile");
        wanted.set("protocolMappers", client(token, WEB_CLIENT).orElseThrow().path("protocolMappers").deepCopy());
        ((ArrayNode) wanted.get("protocolMappers")).forEach(m -> ((ObjectNode) m).remove("id"));
        Optional<JsonNode> existing = client(token, clientId);
        if (existing.isPresent()) {
            wanted.remove("protocolMappers");
            send(token, "PUT", "/clients/" + existing.get().get("id").asString(), wanted);
        }
        else {
            send(token, "POST", "/clients", wanted);
        }
        String id = client(token, clientId).orElseThrow().get("id").asString();
        String serviceAccount = get(token, "/clients/" + id + "/service-account-user").get("id").asString();
        send(token, "POST", "/users/" + serviceAccount + "/role-mappings/realm",
                JSON.createArrayNode().add(get(token, "/roles/desk")));
        send(token, "PUT", "/users/" + serviceAccount + "/groups/" + group, null);
    }

    private String token() {
        return tokens.clientCredentials(ADMIN_CLIENT, secret).accessToken();
    }

    private Optional<JsonNode> client(String token, String clientId) {
        JsonNode found = get(token, "/clients?clientId=" + encode(clientId));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private Optional<String> group(String token, String path) {
        HttpResponse<String> response = call(token, "GET", "/group-by-path/" + path.substring(1), null);
        return response.statusCode() == 200 ? Optional.of(JSON.readTree(response.body()).get("id").asString())
                : Optional.empty();
    }

    private Optional<String> userId(String token, String username) {
        JsonNode found = get(token, "/users?exact=true&username=" + encode(username));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).get("id").asString());
    }

    private JsonNode get(String token, String path) {
        HttpResponse<String> response = call(token, "GET", path, null);
        if (response.statusCode() != 200) {
            throw refused("GET", path, response);
        }
        return JSON.readTree(response.body());
    }

    private void send(String token, String method, String path, JsonNode body) {
        HttpResponse<String> response = call(token, method, path, body);
        if (response.statusCode() / 100 != 2) {
            throw refused(method, path, response);
        }
    }

    private HttpResponse<String> call(String token, String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Keycloak does not answer at " + api, ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static IllegalStateException refused(String method, String path, HttpResponse<String> response) {
        return new IllegalStateException("Keycloak refused " + method + " " + path.replaceAll("\\?.*", "") + ": "
                + response.statusCode() + " " + response.body());
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
