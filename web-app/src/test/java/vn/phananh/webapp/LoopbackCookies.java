package vn.phananh.webapp;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser's cookie jar for pages on the loopback address. Keycloak marks its sign-in cookies
 * {@code Secure} even over plain HTTP, as browsers treat {@code 127.0.0.1} as a secure context and
 * send them anyway; {@link CookieManager} alone would not, so the flag is dropped on the way in.
 */
public final class LoopbackCookies extends CookieHandler {

    private final CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    public CookieManager jar() {
        return jar;
    }

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        return jar.get(uri, requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        Map<String, List<String>> relaxed = responseHeaders.entrySet().stream()
                .filter(e -> e.getKey() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getKey().equalsIgnoreCase("Set-Cookie")
                        ? e.getValue().stream().map(c -> c.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList()
                        : e.getValue()));
        jar.put(uri, relaxed);
    }
}
