package vn.phananh.search;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.Place;
import vn.phananh.avro.PlaceType;
import vn.phananh.testsupport.KeycloakService;
import vn.phananh.testsupport.RealServices;

import static org.awaitility.Awaitility.await;

/**
 * A running search API over the real broker, node and identity provider, shared by the HTTP tests
 * (same properties, so one Spring context). Callers are the realm's development users with real
 * access tokens. Each test class keeps to its own place id, so its counts and facets see only its
 * own documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTestBase {

    protected static final TestStack stack = TestStack.create("api");
    protected static final KeycloakService keycloak = RealServices.keycloak();
    protected static final String STAFF_A = "staff-hung-cuong";
    protected static final String STAFF_B = "staff-thach-thang";
    protected static final String SUPERVISOR = "supervisor";
    protected static final String ADMIN = "admin";
    protected static final JsonMapper json = JsonMapper.builder().build();

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        stack.register(registry);
        TestStack.registerIdentity(registry, keycloak);
        // Tests name their client by this header, so one test's lookups do not spend another's.
        registry.add("phananh.search.tracking.client-header", () -> "X-Forwarded-For");
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected ElasticsearchClient elasticsearch;

    protected static String newPlace() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected static EnrichedFeedback.Builder at(EnrichedFeedback.Builder b, String placeId) {
        return b.setPlace(Place.newBuilder().setId(placeId).setName("Thôn " + placeId).setType(PlaceType.VILLAGE)
                .build());
    }

    /** Sends the records and waits until all of them are searchable. */
    protected void index(EnrichedFeedback... records) {
        stack.send(records);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            elasticsearch.indices().refresh(r -> r.index(stack.feedbackAlias()));
            for (EnrichedFeedback f : records) {
                var got = elasticsearch.get(g -> g.index(stack.feedbackAlias()).id(f.getFeedbackId())
                        .sourceIncludes("revision"), java.util.Map.class);
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

    protected Response get(String path, String user) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user);
    }

    /** A GET whose body is kept as bytes (a PDF). */
    protected BinaryResponse getBinary(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        request.header("Authorization", "Bearer " + keycloak.accessToken(user));
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new BinaryResponse(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""));
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** A GET with the Authorization header as given (forged tokens and the like). */
    protected Response getWith(String path, String authorization) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization).GET(), null);
    }

    protected Response post(String path, String user, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)),
                user);
    }

    protected Response put(String path, String user, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)), user);
    }

    protected static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static Response send(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", "Bearer " + keycloak.accessToken(user));
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** An HTTP answer kept as bytes. */
    protected record BinaryResponse(int status, byte[] body, String contentType, String contentDisposition) {
    }

    /** An HTTP answer: status, body, content type. */
    protected record Response(int status, String body, String contentType) {

        public JsonNode json() {
            return ApiTestBase.json.readTree(body);
        }
    }
}
