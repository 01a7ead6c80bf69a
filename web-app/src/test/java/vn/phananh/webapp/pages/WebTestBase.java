package vn.phananh.search.web;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.search.TestStack;
import vn.phananh.testsupport.KeycloakService;
import vn.phananh.testsupport.RealServices;

import static org.awaitility.Awaitility.await;

/**
 * A running search API with its pages over the real broker, node and identity provider, shared by
 * the page tests (one Spring context); browsers sign in on the realm's login page. The desk form is forwarded to {@link #ingest}, a recording stand-in for
 * our own ingest service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class WebTestBase {

    static final TestStack stack = TestStack.create("web");
    static final WebFakeIngest ingest = WebFakeIngest.start();
    static final String STAFF_A = "staff-hung-cuong";
    static final String STAFF_B = "staff-thach-thang";
    static final String SUPERVISOR = "supervisor";
    static final String ADMIN = "admin";

    static final KeycloakService keycloak = RealServices.keycloak();
    static final String PASSWORD = keycloak.settings().devPassword();
    private static final Set<Integer> allowed = ConcurrentHashMap.newKeySet();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        stack.register(registry);
        TestStack.registerIdentity(registry, keycloak);
        registry.add("phananh.search.web.desk.url", ingest::url);
        registry.add("phananh.search.web.desk.timeout", () -> "3s");
    }

    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient elasticsearch;

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
