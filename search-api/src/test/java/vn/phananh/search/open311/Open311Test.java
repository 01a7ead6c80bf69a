package vn.phananh.search.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;

import javax.xml.parsers.DocumentBuilderFactory;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

import tools.jackson.databind.JsonNode;

import vn.phananh.avro.Status;
import vn.phananh.schema.TrackingCodes;
import vn.phananh.search.ApiTestBase;
import vn.phananh.search.Feedbacks;

/**
 * Open311 GeoReport v2 of the search API against the real node, shaped as the shared fixtures:
 * the service list, the public requests (answered feedback, by feedbackId), any feedback by its
 * tracking code, filters, jurisdictions, the specification's errors, the lookup budget, and the POST
 * relayed to the ingest service (here a recording stand-in: the intake itself is tested in the ingest service).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Open311Test extends ApiTestBase {

    private static final TrackingCodes CODES = new TrackingCodes("test-key-of-open311-test");
    private static final HttpClient client = HttpClient.newHttpClient();
    private static final FakeIntake intake = FakeIntake.start();

    final String place = newPlace();
    final String answeredId = Feedbacks.newId();
    final String openId = Feedbacks.newId();
    final String spamId = Feedbacks.newId();
    final String answeredCode = CODES.codeOf(Feedbacks.UNIT_A, answeredId);
    final String openCode = CODES.codeOf(Feedbacks.UNIT_B, openId);

    @DynamicPropertySource
    static void intakeUrl(DynamicPropertyRegistry registry) {
        registry.add("phananh.search.open311.intake-url", intake::url);
    }

    @BeforeAll
    void seed() {
        Instant answeredAt = Instant.now().minus(10, ChronoUnit.MINUTES);
        index(at(Feedbacks.answered(Feedbacks.feedback(answeredId, Feedbacks.UNIT_A,
                        "Cống thôn 4 bị tắc, gọi 0912 345 678 để chỉ chỗ").setTrackingCode(answeredCode),
                        answeredAt, "Xã đã cho khơi thông cống thôn 4.\nCảm ơn bà con."), place).build(),
                at(Feedbacks.feedback(openId, Feedbacks.UNIT_B, "Đèn đường kiệt 12 không sáng").setTrackingCode(openCode), place)
                        .build(),
                at(Feedbacks.answered(Feedbacks.feedback(spamId, Feedbacks.UNIT_A, "Quảng cáo"), answeredAt, "x")
                        .setSpam(true).setStatus(Status.SPAM), place).build());
    }

    @Test
    void discoveryListsThisEndpointWithBothFormats() throws Exception {
        JsonNode fixture = fixture("open311-discovery.json").get("body");
        Reply json = open311("/open311/v2/discovery.json", "203.0.113.1");
        Reply xml = open311("/open311/discovery.xml", "203.0.113.1");

        assertThat(json.status()).isEqualTo(200);
        assertThat(names(json.json())).isEqualTo(names(fixture));
        JsonNode endpoint = json.json().get("endpoints").get(0);
        assertThat(names(endpoint)).isEqualTo(names(fixture.get("endpoints").get(0)));
        assertThat(endpoint.get("url").asString()).isEqualTo("http://127.0.0.1:" + port + "/open311/v2");
        assertThat(endpoint.get("formats")).isEqualTo(fixture.get("endpoints").get(0).get("formats"));
        assertThat(xml.contentType()).startsWith("text/xml");
        assertThat(xml.xml().getDocumentElement().getNodeName()).isEqualTo("discovery");
    }

    @Test
    void theServicesAreTheFourteenTopicsInVietnameseInBothFormats() throws Exception {
        JsonNode fixture = fixture("open311-services-response.json").get("body");
        Reply json = open311("/open311/v2/services.json?jurisdiction_id=" + Feedbacks.UNIT_A, "203.0.113.2");
        Reply xml = open311("/open311/v2/services.xml", "203.0.113.2");

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.contentType()).isEqualTo("application/json;charset=utf-8");
        assertThat(json.json()).hasSize(14);
        assertThat(names(json.json().get(0))).isEqualTo(names(fixture.get(0)));
        assertThat(StreamSupport.stream(json.json().spliterator(), false).map(s -> s.get("service_name").asString()))
                .contains("Hạ tầng, giao thông", "Môi trường", "Thái độ, tác phong cán bộ", "Khác");
        Node root = xml.xml().getDocumentElement();
        assertThat(root.getNodeName()).isEqualTo("services");
        assertThat(elements(root)).hasSize(14).allMatch(n -> n.getNodeName().equals("service"));
    }

    @Test
    void aServiceDefinitionHasNoAttributesAndAnUnknownCodeOrJurisdictionIsNotFound() throws Exception {
        Reply definition = open311("/open311/v2/services/ENVIRONMENT.json", "203.0.113.3");
        Reply unknown = open311("/open311/v2/services/DL01.xml", "203.0.113.3");
        Reply elsewhere = open311("/open311/v2/services.json?jurisdiction_id=danang.gov.vn", "203.0.113.3");

        assertThat(names(definition.json())).isEqualTo(names(fixture("open311-service-definition-response.json").get("body")));
        assertThat(definition.json().get("attributes")).isEmpty();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>404</code>");
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.json().get(0).get("description").asString()).contains("jurisdiction_id");
    }

    @Test
    void theListIsThePublicViewWithTheFixturesFieldsAndNoPersonalDataNorTrackingCodes() {
        Reply r = open311("/open311/v2/requests.json?jurisdiction_id=" + Feedbacks.UNIT_A + "&service_code=INFRASTRUCTURE",
                "203.0.113.4");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode request = byId(r.json(), answeredId);
        assertThat(names(request)).isEqualTo(names(fixture("open311-get-requests-response.json").get("body").get(0)));
        assertThat(request.get("status").asString()).isEqualTo("closed");
        assertThat(request.get("status_notes").asString()).isEqualTo("Xã đã cho khơi thông cống thôn 4.\nCảm ơn bà con.");
        assertThat(request.get("service_code").asString()).isEqualTo("INFRASTRUCTURE");
        assertThat(request.get("service_name").asString()).isEqualTo("Hạ tầng, giao thông");
        assertThat(request.get("agency_responsible").asString()).isEqualTo("Xã Hùng Cường");
        assertThat(request.get("address").asString()).isEqualTo("Thôn " + place);
        assertThat(request.get("description").asString()).startsWith("Cống thôn 4 bị tắc").doesNotContain("0912 345 678");
        assertThat(request.get("requested_datetime").asString()).endsWith("+07:00");
        assertThat(r.body()).doesNotContain(answeredCode, openId, spamId, "Nguyễn Văn A", Feedbacks.CONTACT, "staff-hung-cuong");
    }

    @Test
    void theListInXmlIsRequestElementsUnderServiceRequests() throws Exception {
        Reply r = open311("/open311/v2/requests.xml?status=closed&jurisdiction_id=" + Feedbacks.UNIT_A, "203.0.113.5");

        Node root = r.xml().getDocumentElement();
        assertThat(root.getNodeName()).isEqualTo("service_requests");
        Node ours = elements(root).stream().filter(n -> text(n, "service_request_id").equals(answeredId)).findFirst()
                .orElseThrow();
        assertThat(ours.getNodeName()).isEqualTo("request");
        assertThat(elements(ours).stream().map(Node::getNodeName).toList())
                .isEqualTo(names(fixture("open311-get-requests-response.json").get("body").get(0)));
        assertThat(text(ours, "status")).isEqualTo("closed");
        assertThat(text(ours, "lat")).isEmpty();
    }

    @Test
    void filtersNarrowTheListAndWrongOnesAreRefused() {
        Reply open = open311("/open311/v2/requests.json?status=open&jurisdiction_id=" + Feedbacks.UNIT_A, "203.0.113.6");
        Reply otherService = open311("/open311/v2/requests.json?service_code=HEALTH,EDUCATION", "203.0.113.6");
        Reply otherUnit = open311("/open311/v2/requests.json?jurisdiction_id=" + Feedbacks.UNIT_B, "203.0.113.6");
        Reply past = open311("/open311/v2/requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00%2B07:00",
                "203.0.113.6");
        Reply status = open311("/open311/v2/requests.json?status=pending", "203.0.113.6");
        Reply window = open311("/open311/v2/requests.json?start_date=2024-01-01T00:00:00Z&end_date=2024-06-01T00:00:00Z",
                "203.0.113.6");
        Reply date = open311("/open311/v2/requests.json?start_date=yesterday", "203.0.113.6");
        Reply code = open311("/open311/v2/requests.json?service_code=DL01", "203.0.113.6");

        assertThat(ids(open.json())).doesNotContain(answeredId);
        assertThat(ids(otherService.json())).doesNotContain(answeredId);
        assertThat(ids(otherUnit.json())).doesNotContain(answeredId);
        assertThat(ids(past.json())).doesNotContain(answeredId);
        assertThat(ids(open311("/open311/v2/requests.json?status=open,closed", "203.0.113.6").json())).contains(answeredId);
        for (Reply refused : List.of(status, window, date, code)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get(0).get("code").asInt()).isEqualTo(400);
        }
    }

    @Test
    void aTrackingCodeFindsItsFeedbackWhateverItsStateAndAnIdOnlyPublicOnes() throws Exception {
        Reply openByCode = open311("/open311/v2/requests/" + openCode + ".json", "203.0.113.7");
        Reply answeredByCode = open311("/open311/v2/requests/" + answeredCode + ".xml", "203.0.113.7");
        Reply both = open311("/open311/v2/requests.json?service_request_id=" + answeredCode + "," + openCode
                + "&status=closed", "203.0.113.7");
        Reply oneUnit = open311("/open311/v2/requests.json?jurisdiction_id=" + Feedbacks.UNIT_A + "&service_request_id="
                + answeredCode + "," + openCode, "203.0.113.7");
        Reply openById = open311("/open311/v2/requests/" + openId + ".json", "203.0.113.7");
        Reply spamById = open311("/open311/v2/requests/" + spamId + ".json", "203.0.113.7");
        Reply answeredById = open311("/open311/v2/requests/" + answeredId + ".json", "203.0.113.7");

        assertThat(openByCode.status()).as(openByCode.body()).isEqualTo(200);
        JsonNode open = openByCode.json().get(0);
        assertThat(open.get("service_request_id").asString()).isEqualTo(openCode);
        assertThat(open.get("status").asString()).isEqualTo("open");
        assertThat(open.get("description").asString()).isEqualTo("Đèn đường kiệt 12 không sáng");
        assertThat(open.get("expected_datetime").isNull()).isFalse();
        assertThat(open.get("agency_responsible").asString()).isEqualTo("Phường Thạch Thang");
        assertThat(text(elements(answeredByCode.xml().getDocumentElement()).getFirst(), "status")).isEqualTo("closed");
        assertThat(ids(both.json())).containsExactlyInAnyOrder(answeredCode, openCode);
        assertThat(ids(oneUnit.json())).containsExactly(answeredCode);
        assertThat(openById.status()).isEqualTo(404);
        assertThat(spamById.status()).isEqualTo(404);
        assertThat(openById.json().get(0).get("description").asString()).contains("service_request_id");
        assertThat(answeredById.status()).isEqualTo(200);
        assertThat(answeredById.json().get(0).get("service_request_id").asString()).isEqualTo(answeredId);
        assertThat(openByCode.body() + answeredById.body()).doesNotContain("Nguyễn Văn A", Feedbacks.CONTACT);
    }

    @Test
    void tokensUnknownPathsAndMethodsAreTheSpecificationsErrors() {
        Reply token = open311("/open311/v2/tokens/tk-5f1b2c.json", "203.0.113.8");
        Reply path = open311("/open311/v2/nothing.json", "203.0.113.8");
        Reply format = open311("/open311/v2/services.yaml", "203.0.113.8");
        Reply method = send(HttpRequest.newBuilder(uri("/open311/v2/services.json")).DELETE(), "203.0.113.8");

        assertThat(token.status()).isEqualTo(404);
        assertThat(token.json().get(0).get("code").asInt()).isEqualTo(404);
        assertThat(path.status()).isEqualTo(404);
        assertThat(path.contentType()).startsWith("application/json");
        assertThat(format.status()).isEqualTo(404);
        assertThat(format.body()).contains("<errors>");
        assertThat(method.status()).isEqualTo(404);
        assertThat(method.json().get(0).get("code").asInt()).isEqualTo(404);
    }

    @Test
    void lookupsByCodeSpendTheClientsBudgetAndThenGet429() {
        List<Integer> statuses = new ArrayList<>();
        Reply last = null;
        for (int i = 0; i < 12; i++) {
            last = open311("/open311/v2/requests/" + CODES.codeOf(Feedbacks.UNIT_A, Feedbacks.newId()) + ".json", "203.0.113.9");
            statuses.add(last.status());
        }

        assertThat(statuses.subList(0, 10)).containsOnly(404);
        assertThat(statuses.subList(10, 12)).containsOnly(429);
        assertThat(last.json().get(0).get("code").asInt()).isEqualTo(429);
        assertThat(last.retryAfter()).isNotBlank();
    }

    @Test
    void aPostIsRelayedToTheIntakeAsSentAndItsAnswerComesBack() {
        String form = fixture("open311-post-request-minimal.json").get("raw_body").asString();
        intake.answer(201, "text/xml;charset=utf-8", "<?xml version=\"1.0\" encoding=\"utf-8\"?><service_requests>"
                + "<request><service_request_id>HC-7K4P-2QX9M</service_request_id><service_notice/><account_id/></request>"
                + "</service_requests>", Map.of("Idempotent-Replayed", "true"));

        Reply r = send(HttpRequest.newBuilder(uri("/open311/v2/requests.xml"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8").header("Idempotency-Key", "k-1")
                .POST(HttpRequest.BodyPublishers.ofString(form)), "203.0.113.10");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body()).contains("<service_request_id>HC-7K4P-2QX9M</service_request_id>");
        assertThat(r.contentType()).startsWith("text/xml");
        assertThat(r.replayed()).isEqualTo("true");
        FakeIntake.Received got = intake.received().getLast();
        assertThat(got.path()).isEqualTo("/open311/v2/requests.xml");
        assertThat(got.body()).isEqualTo(form);
        assertThat(got.contentType()).isEqualTo("application/x-www-form-urlencoded; charset=utf-8");
        assertThat(got.idempotencyKey()).isEqualTo("k-1");
    }

    @Test
    void aPostWhileTheIntakeIsDownIs503ToRetry() {
        intake.answer(-1, null, null, Map.of());

        Reply r = send(HttpRequest.newBuilder(uri("/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("api_key=x&service_code=OTHER&lat=1&long=2")), "203.0.113.11");

        assertThat(r.status()).isEqualTo(503);
        assertThat(r.json().get(0).get("code").asInt()).isEqualTo(503);
        assertThat(r.retryAfter()).isNotBlank();
        intake.answer(201, "application/json", "[]", Map.of());
    }

    // --- helpers ---

    private static JsonNode byId(JsonNode list, String id) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(n -> n.get("service_request_id").asString().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(JsonNode list) {
        assertThat(list.isArray()).as(list.toString()).isTrue();
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.get("service_request_id").asString()).toList();
    }

    private static List<String> names(JsonNode object) {
        return new ArrayList<>(object.propertyNames());
    }

    private static JsonNode fixture(String name) {
        try (InputStream in = Open311Test.class.getResourceAsStream("/fixtures/" + name)) {
            return json.readTree(in.readAllBytes());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static List<Node> elements(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                children.add(n);
            }
        }
        return children;
    }

    private static String text(Node parent, String name) {
        return elements(parent).stream().filter(n -> n.getNodeName().equals(name)).findFirst().orElseThrow().getTextContent();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private Reply open311(String path, String clientAddress) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), clientAddress);
    }

    /** Each test names its own client, so one test's lookups do not spend another's. */
    private static Reply send(HttpRequest.Builder request, String clientAddress) {
        try {
            HttpResponse<String> r = client.send(request.header("X-Forwarded-For", clientAddress).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Retry-After").orElse(""), r.headers().firstValue("Idempotent-Replayed").orElse(""));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    record Reply(int status, String body, String contentType, String retryAfter, String replayed) {

        JsonNode json() {
            return ApiTestBase.json.readTree(body);
        }

        Document xml() throws Exception {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** A stand-in for the ingest service's Open311 POST: records each request, answers as set (status -1 closes the connection). */
    static final class FakeIntake {

        record Received(String path, String contentType, String idempotencyKey, String body) {
        }

        private record Answer(int status, String contentType, String body, Map<String, String> headers) {
        }

        private final HttpServer server;
        private final List<Received> received = new CopyOnWriteArrayList<>();
        private volatile Answer answer = new Answer(201, "application/json", "[]", Map.of());

        private FakeIntake(HttpServer server) {
            this.server = server;
        }

        static FakeIntake start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                FakeIntake fake = new FakeIntake(server);
                server.createContext("/", exchange -> {
                    fake.received.add(new Received(exchange.getRequestURI().getPath(),
                            exchange.getRequestHeaders().getFirst("Content-Type"),
                            exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                    Answer a = fake.answer;
                    if (a.status() < 0) {
                        exchange.close();
                        return;
                    }
                    byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", a.contentType());
                    a.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
                    exchange.sendResponseHeaders(a.status(), bytes.length);
                    exchange.getResponseBody().write(bytes);
                    exchange.close();
                });
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
                return fake;
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void answer(int status, String contentType, String body, Map<String, String> headers) {
            answer = new Answer(status, contentType, body, headers);
        }

        List<Received> received() {
            return received;
        }
    }
}
