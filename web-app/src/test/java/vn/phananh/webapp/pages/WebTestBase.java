package vn.phananh.webapp.pages;

import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.search.SearchApplication;
import vn.phananh.search.TestStack;
import vn.phananh.testsupport.KeycloakService;
import vn.phananh.testsupport.RealServices;

import static org.awaitility.Awaitility.await;

/**
 * The web app over a real search API (started once in this JVM, on its own topics and aliases of
 * the real broker and node, checking tokens of the real identity provider), shared by the page
 * tests (one Spring context); browsers sign in on the realm's login page and every page calls the
 * search API with the signed-in person's token. The desk form is forwarded to {@link #ingest}, a
 * recording stand-in for our own ingest service.
 */
@SpringBootTest(classes = vn.phananh.webapp.WebApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class WebTestBase {

    static final TestStack stack = TestStack.create("web");
    static final WebFakeIngest ingest = WebFakeIngest.start();
    static final String STAFF_A = "staff-hung-cuong";
    static final String STAFF_B = "staff-thach-thang";
    static final String SUPERVISOR = "supervisor";
    static final String ADMIN = "admin";

    static final KeycloakService keycloak = RealServices.keycloak();
    static final String PASSWORD = keycloak.settings().devPassword();
    static final ConfigurableApplicationContext searchApi = startSearchApi();
    static final ElasticsearchClient elasticsearch = searchApi.getBean(ElasticsearchClient.class);
    private static final Set<Integer> allowed = ConcurrentHashMap.newKeySet();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("phananh.web.search-api", WebTestBase::searchApiUrl);
        registry.add("phananh.web.ingest", ingest::url);
        registry.add("phananh.web.timeout", () -> "10s");
        registry.add("phananh.web.identity.issuer", keycloak::issuer);
        registry.add("phananh.web.identity.backchannel", keycloak::issuer);
        registry.add("phananh.web.identity.client-secret", () -> keycloak.settings().webClientSecret());
    }

    @LocalServerPort
    int port;

    static String searchApiUrl() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) searchApi).getWebServer().getPort();
    }

    /**
     * The search API as its own Spring application: its own configuration file (not the web app's,
     * which comes first on this classpath), the test stack's topics and aliases, the realm's keys,
     * and the tracking lookups' client named by the header the web app sets.
     */
    private static ConfigurableApplicationContext startSearchApi() {
        Map<String, Object> properties = new HashMap<>();
        DynamicPropertyRegistry registry = (name, value) -> properties.put(name, value.get());
        stack.register(registry);
        TestStack.registerIdentity(registry, keycloak);
        properties.put("phananh.search.tracking.client-header", "X-Forwarded-For");
        // Every browser of these tests is 127.0.0.1: the per-client lookup limit (search-api's own
        // TrackingTest covers it) would otherwise turn the fuzzed and the real tracking pages into 429s.
        properties.put("phananh.search.tracking.burst", "100000");
        properties.put("server.port", "0");
        properties.put("spring.config.location", ownConfiguration());
        properties.put("logging.structured.format.console", "");
        // As arguments, so they win over the configuration file's defaults (as the test's own properties do).
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(SearchApplication.class).run(arguments);
    }

    private static String ownConfiguration() {
        URL location = SearchApplication.class.getProtectionDomain().getCodeSource().getLocation();
        String base = location.toString();
        return base.endsWith(".jar") ? "jar:" + base + "!/application.yml" : base + "application.yml";
    }

    /** A fresh browser; the realm learns this context's random port the first time. */
    WebBrowser browser() {
        if (allowed.add(port)) {
            keycloak.allowWebUrl("http://127.0.0.1:" + port);
        }
        return new WebBrowser(port);
    }

    WebBrowser signedIn(String user) {
        WebBrowser browser = browser();
        browser.login(user, keycloak.settings().devPassword());
        return browser;
    }

    /** Sends the records and waits until all of them are searchable. */
    void index(EnrichedFeedback... records) {
        stack.send(records);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            elasticsearch.indices().refresh(r -> r.index(stack.feedbackAlias()));
            for (EnrichedFeedback f : records) {
                var got = elasticsearch.get(g -> g.index(stack.feedbackAlias()).id(f.getFeedbackId())
                        .sourceIncludes("revision"), Map.class);
                if (!got.found() || ((Number) got.source().get("revision")).longValue() < f.getRevision()) {
                    return false;
                }
            }
            return true;
        });
        // A realtime get finds a document the refresh before it did not reach yet: one more, so searches see all.
        try {
            elasticsearch.indices().refresh(r -> r.index(stack.feedbackAlias()));
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
