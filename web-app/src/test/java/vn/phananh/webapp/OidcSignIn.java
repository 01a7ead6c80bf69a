package vn.phananh.webapp;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signing in to the pages as a browser does, over plain HTTP: the pages send the browser to the
 * realm's login page, the browser posts the user's name and password there, Keycloak sends it
 * back with a code, the pages exchange the code and open a session. The client given must keep
 * cookies (a {@link java.net.CookieManager}) and not follow redirects.
 */
public final class OidcSignIn {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("\\saction=\"([^\"]+)\"");

    /** Where it ended: the last answer's status and Location, and the body of Keycloak's page on a refusal. */
    public record Outcome(int status, String location, String loginPage) {

        public boolean signedIn() {
            return loginPage == null && status == 302;
        }
    }

    private OidcSignIn() {
    }

    /** Runs the whole dance from {@code start} (a page path that needs sign-in, or the sign-in path). */
    public static Outcome signIn(HttpClient http, String base, String start, String username, String password) {
        HttpResponse<String> answer = get(http, URI.create(base + start));
        // The pages (maybe via /oauth2/authorization/keycloak) send the browser to the realm.
        while (answer.statusCode() == 302 && !isKeycloakLogin(answer)) {
            answer = get(http, URI.create(base).resolve(location(answer)));
        }
        URI loginPage = URI.create(base).resolve(location(answer));
        HttpResponse<String> form = get(http, loginPage);
        String action = formAction(form.body());
        HttpResponse<String> posted = post(http, loginPage.resolve(action),
                Map.of("username", username, "password", password, "credentialId", ""));
        if (posted.statusCode() != 302) {
            return new Outcome(posted.statusCode(), null, posted.body());
        }
        // Back to the pages with the code: they exchange it and open the session.
        HttpResponse<String> back = get(http, URI.create(location(posted)));
        return new Outcome(back.statusCode(), back.headers().firstValue("Location").orElse(null), null);
    }

    private static boolean isKeycloakLogin(HttpResponse<String> answer) {
        return location(answer).contains("/protocol/openid-connect/auth");
    }

    /** The action of Keycloak's login form, HTML entities decoded. */
    static String formAction(String html) {
        Matcher form = LOGIN_FORM.matcher(html);
        if (!form.find()) {
            throw new IllegalStateException("No login form on the page: " + html.substring(0, Math.min(400, html.length())));
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new IllegalStateException("The login form has no action");
        }
        return action.group(1).replace("&amp;", "&");
    }

    private static String location(HttpResponse<?> answer) {
        return answer.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("Expected a redirect, got " + answer.statusCode()));
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) {
        return send(http, HttpRequest.newBuilder(uri).header("Accept", "text/html").GET());
    }

    private static HttpResponse<String> post(HttpClient http, URI uri, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(http, HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
