package vn.phananh.webapp.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.phananh.webapp.LoopbackCookies;
import vn.phananh.webapp.OidcSignIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser does with the pages, over plain HTTP: keeps cookies (the pages' session and the
 * identity provider's), signs in on the realm's login page, reads the CSRF token from a form,
 * posts forms, and does not follow redirects (tests look at them).
 */
final class WebBrowser {

    private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final LoopbackCookies cookies = new LoopbackCookies();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    WebBrowser(int port) {
        this.port = port;
    }

    Page get(String path) {
        return send(request(path).GET());
    }

    /** A GET as a browser follows a download link (it accepts anything). */
    Page download(String path) {
        return send(request(path).setHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
    }

    Page post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a form with the CSRF token of the page the form is on. */
    Page submit(Page from, String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrf(from.body()));
        return post(path, form);
    }

    /** Signs in through the realm's login page; answers where the pages then send the browser. */
    String login(String username, String password) {
        OidcSignIn.Outcome done = signIn(username, password);
        assertThat(done.signedIn()).as(String.valueOf(done.loginPage())).isTrue();
        String landing = URI.create(done.location()).getPath();
        assertThat(landing).isNotEqualTo("/login");
        return landing;
    }

    /** The sign-in as it went, successful or not. */
    OidcSignIn.Outcome signIn(String username, String password) {
        return OidcSignIn.signIn(http, base(), WebSecurityConfiguration.SIGN_IN, username, password);
    }

    /** The pages' session cookie, for clients that send their own raw requests. */
    String sessionId() {
        return cookies.jar().getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElseThrow();
    }

    boolean hasSession() {
        return cookies.jar().getCookieStore().getCookies().stream().anyMatch(c -> c.getName().equals("JSESSIONID"));
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Opens a server-sent event stream; its lines collect in the background until closed. */
    EventStream stream(String path) throws Exception {
        HttpResponse<Stream<String>> response = http.sendAsync(request(path).header("Accept", "text/event-stream")
                .GET().build(), HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        EventStream stream = new EventStream(response);
        Thread reader = new Thread(stream::read, "test-event-stream");
        reader.setDaemon(true);
        reader.start();
        return stream;
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a form with a CSRF token").isTrue();
        return m.group(1);
    }

    /** The value of {@code attribute} of every element that has it, in page order. */
    static List<String> attributes(String html, String attribute) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(attribute) + "=\"([^\"]*)\"").matcher(html);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    /** Every start tag with {@code data-test="<name>"}. */
    static List<String> tags(String html, String dataTest) {
        Matcher m = Pattern.compile("<[a-z]+[^>]*\\sdata-test=\"" + Pattern.quote(dataTest) + "\"[^>]*>").matcher(html);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    static String attribute(String tag, String attribute) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(attribute) + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    private HttpRequest.Builder request(String path) {
        URI uri = path.startsWith("http") ? URI.create(path) : URI.create(base() + path);
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", "text/html");
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().allValues("Set-Cookie"));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A page as the server answered it. */
    record Page(int status, String body, String location, String contentType, List<String> cookies) {

        /** The path of the redirect target (Tomcat may make it absolute). */
        String locationPath() {
            if (location == null) {
                return null;
            }
            URI uri = URI.create(location);
            return uri.getRawQuery() == null ? uri.getPath() : uri.getPath() + "?" + uri.getRawQuery();
        }
    }

    /** The lines of an open event stream, as they arrive. */
    static final class EventStream implements AutoCloseable {

        private final HttpResponse<Stream<String>> response;
        private final List<String> lines = new CopyOnWriteArrayList<>();

        EventStream(HttpResponse<Stream<String>> response) {
            this.response = response;
        }

        int status() {
            return response.statusCode();
        }

        List<String> lines() {
            return lines;
        }

        private void read() {
            try {
                response.body().forEach(lines::add);
            }
            catch (RuntimeException ex) {
                // closed
            }
        }

        @Override
        public void close() {
            response.body().close();
        }
    }
}
