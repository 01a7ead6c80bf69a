package vn.phananh.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.phananh.avro.Topic;

/** The answers written by this module against the shared Open311 fixtures: names, order, types and XML elements. */
class GeoReportWriterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final ServiceRequests.ServiceRequest OPEN = new ServiceRequests.ServiceRequest("HC-7K4P-2QX9M", true,
            null, Services.ofTopic("INFRASTRUCTURE"), "Đèn đường trước số 45 không sáng.\nKhu vực rất tối.",
            "Xã Hùng Cường", null, Instant.parse("2024-11-27T02:40:00Z"), Instant.parse("2024-11-27T02:40:00Z"),
            Instant.parse("2024-12-02T10:00:00Z"), "Thôn 3", null, null, 16.0544, 108.2022, null);

    @Test
    void servicesHaveTheFieldsOfTheFixtureInItsOrderAndOneServicePerTopic() {
        JsonNode written = json(GeoReportWriter.list(GeoReportFormat.JSON, "services",
                Services.all().stream().map(Services.Service::element).toList()));
        JsonNode fixture = fixture("open311-services-response.json").get("body");

        assertThat(written.isArray()).isTrue();
        assertThat(written).hasSize(Topic.values().length);
        assertThat(Services.coversEveryTopic()).isTrue();
        assertThat(names(written.get(0))).isEqualTo(names(fixture.get(0)));
        assertThat(written.get(0).get("service_code").isString()).isTrue();
        assertThat(written.get(0).get("metadata").isBoolean()).isTrue();
        assertThat(written.get(0).get("service_name").asString()).isEqualTo("Hạ tầng, giao thông");
        assertThat(written.get(0).get("type").asString()).isEqualTo("realtime");
    }

    @Test
    void servicesInXmlAreServiceElementsUnderServices() {
        Document xml = xml(GeoReportWriter.list(GeoReportFormat.XML, "services",
                Services.all().stream().map(Services.Service::element).toList()));
        JsonNode fixture = fixture("open311-services-response.json").get("body");

        Node root = xml.getDocumentElement();
        assertThat(root.getNodeName()).isEqualTo("services");
        assertThat(children(root)).hasSize(Topic.values().length).allMatch(n -> n.getNodeName().equals("service"));
        assertThat(childNames(children(root).getFirst())).isEqualTo(names(fixture.get(0)));
        assertThat(text(children(root).get(1), "service_name")).isEqualTo("Môi trường");
    }

    @Test
    void aServiceDefinitionIsAnObjectWithTheCodeAndAnAttributeList() {
        Services.Service service = Services.find("ENVIRONMENT").orElseThrow();
        JsonNode written = json(GeoReportWriter.single(GeoReportFormat.JSON, service.definition()));
        JsonNode fixture = fixture("open311-service-definition-response.json").get("body");
        Document xml = xml(GeoReportWriter.single(GeoReportFormat.XML, service.definition()));

        assertThat(names(written)).isEqualTo(names(fixture));
        assertThat(written.get("attributes").isArray()).isTrue();
        assertThat(xml.getDocumentElement().getNodeName()).isEqualTo("service_definition");
        assertThat(childNames(xml.getDocumentElement())).containsExactly("service_code", "attributes");
    }

    @Test
    void aRequestHasEveryFieldOfTheFixtureInItsOrderWithNullsAndNumbers() {
        JsonNode written = json(GeoReportWriter.list(GeoReportFormat.JSON, ServiceRequests.ROOT, List.of(OPEN.element())));
        JsonNode fixture = fixture("open311-get-requests-response.json").get("body");

        assertThat(names(written.get(0))).isEqualTo(names(fixture.get(0)));
        JsonNode request = written.get(0);
        assertThat(request.get("status").asString()).isEqualTo("open");
        assertThat(request.get("status_notes").isNull()).isTrue();
        assertThat(request.get("lat").isNumber()).isTrue();
        assertThat(request.get("long").asDouble()).isEqualTo(108.2022);
        assertThat(request.get("requested_datetime").asString()).isEqualTo("2024-11-27T09:40:00+07:00");
        assertThat(request.get("description").asString()).contains("\n");
    }

    @Test
    void requestsInXmlAreRequestElementsUnderServiceRequestsWithEmptyElementsForNulls() {
        Document xml = xml(GeoReportWriter.list(GeoReportFormat.XML, ServiceRequests.ROOT, List.of(OPEN.element())));
        JsonNode fixture = fixture("open311-get-requests-response.json").get("body");

        Node root = xml.getDocumentElement();
        assertThat(root.getNodeName()).isEqualTo("service_requests");
        Node request = children(root).getFirst();
        assertThat(request.getNodeName()).isEqualTo("request");
        assertThat(childNames(request)).isEqualTo(names(fixture.get(0)));
        assertThat(text(request, "status_notes")).isEmpty();
        assertThat(text(request, "long")).isEqualTo("108.2022");
        assertThat(text(request, "description")).isEqualTo("Đèn đường trước số 45 không sáng.\nKhu vực rất tối.");
    }

    @Test
    void thePostAnswerHasTheFieldsOfTheFixture() {
        JsonNode written = json(GeoReportWriter.list(GeoReportFormat.JSON, ServiceRequests.ROOT,
                List.of(ServiceRequests.created("HC-7K4P-2QX9M", "Mã tra cứu", null))));
        JsonNode fixture = fixture("open311-post-response.json").get("realtime_body");

        assertThat(names(written.get(0))).isEqualTo(names(fixture.get(0)));
        assertThat(written.get(0).get("account_id").isNull()).isTrue();
    }

    @Test
    void anErrorIsWrittenExactlyAsTheFixtureInBothFormats() {
        JsonNode fixture = fixture("open311-error-response.json");
        String description = fixture.get("body").get(0).get("description").asString();

        var json = GeoReportResponses.error(GeoReportFormat.JSON, HttpStatus.FORBIDDEN, description);
        var xml = GeoReportResponses.error(GeoReportFormat.XML, HttpStatus.FORBIDDEN, description);

        assertThat(json.getStatusCode().value()).isEqualTo(fixture.get("status").asInt());
        assertThat(json.getHeaders().getContentType())
                .isEqualTo(org.springframework.http.MediaType.parseMediaType(fixture.get("content_type").asString()));
        assertThat(json(json.getBody())).isEqualTo(fixture.get("body"));
        assertThat(new String(xml.getBody(), StandardCharsets.UTF_8)).isEqualTo(fixture.get("xml_equivalent").asString());
        assertThat(xml.getHeaders().getContentType().toString()).isEqualTo("text/xml;charset=utf-8");
    }

    @Test
    void theDiscoveryDocumentHasTheFieldsOfTheFixture() {
        Discovery discovery = new Discovery("2026-12-01 09:00", "open311@phananh.vn", "Xin khóa tại UBND xã",
                List.of(new Discovery.Endpoint("http://127.0.0.1:8080/open311/v2", "2026-12-01 09:00", "production")));
        JsonNode fixture = fixture("open311-discovery.json").get("body");

        JsonNode written = json(GeoReportWriter.single(GeoReportFormat.JSON, discovery.element()));
        Document xml = xml(GeoReportWriter.single(GeoReportFormat.XML, discovery.element()));

        assertThat(names(written)).isEqualTo(names(fixture));
        assertThat(names(written.get("endpoints").get(0))).isEqualTo(names(fixture.get("endpoints").get(0)));
        assertThat(written.get("endpoints").get(0).get("formats")).isEqualTo(fixture.get("endpoints").get(0).get("formats"));
        assertThat(xml.getDocumentElement().getNodeName()).isEqualTo("discovery");
        Node endpoints = child(xml.getDocumentElement(), "endpoints");
        Node endpoint = children(endpoints).getFirst();
        assertThat(endpoint.getNodeName()).isEqualTo("endpoint");
        assertThat(children(child(endpoint, "formats"))).extracting(Node::getNodeName).containsOnly("format");
        assertThat(children(child(endpoint, "formats"))).extracting(Node::getTextContent)
                .containsExactly("text/xml", "application/json");
    }

    @Test
    void textThatXmlCannotHoldIsDroppedAndMarkupIsEscaped() {
        Element element = Element.named("request").field("description", "a < b & c\u0001 \uD83D\uDE00").build();

        Document xml = xml(GeoReportWriter.list(GeoReportFormat.XML, ServiceRequests.ROOT, List.of(element)));

        assertThat(text(children(xml.getDocumentElement()).getFirst(), "description")).isEqualTo("a < b & c \uD83D\uDE00");
    }

    @Test
    void readsW3cDateTimesAndDates() {
        assertThat(GeoReportTimes.parse("2024-11-01T00:00:00+07:00")).contains(Instant.parse("2024-10-31T17:00:00Z"));
        assertThat(GeoReportTimes.parse("2010-01-01T00:00:00Z")).contains(Instant.parse("2010-01-01T00:00:00Z"));
        assertThat(GeoReportTimes.parse("2024-11-01")).contains(Instant.parse("2024-10-31T17:00:00Z"));
        assertThat(GeoReportTimes.parse("hôm qua")).isEmpty();
    }

    @Test
    void theFormatIsTheExtensionAndXmlWhenThereIsNone() {
        assertThat(GeoReportFormat.ofPath("/open311/v2/requests.json")).isEqualTo(GeoReportFormat.JSON);
        assertThat(GeoReportFormat.ofPath("/open311/v2/requests.xml")).isEqualTo(GeoReportFormat.XML);
        assertThat(GeoReportFormat.ofPath("/open311/v2/requests")).isEqualTo(GeoReportFormat.XML);
        assertThat(GeoReportFormat.ofPath("/open311/v2.1/requests")).isEqualTo(GeoReportFormat.XML);
        assertThat(GeoReportFormat.of("JSON")).isEmpty();
    }

    private static List<String> names(JsonNode object) {
        return new ArrayList<>(object.propertyNames());
    }

    private static JsonNode json(byte[] bytes) {
        return JSON.readTree(bytes);
    }

    private static JsonNode fixture(String name) {
        try (InputStream in = GeoReportWriterTest.class.getResourceAsStream("/fixtures/" + name)) {
            return JSON.readTree(in.readAllBytes());
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    static Document xml(byte[] bytes) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        }
        catch (Exception ex) {
            throw new AssertionError("Not well-formed XML: " + new String(bytes, StandardCharsets.UTF_8), ex);
        }
    }

    private static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                children.add(n);
            }
        }
        return children;
    }

    private static List<String> childNames(Node parent) {
        return children(parent).stream().map(Node::getNodeName).toList();
    }

    private static Node child(Node parent, String name) {
        return children(parent).stream().filter(n -> n.getNodeName().equals(name)).findFirst().orElseThrow();
    }

    private static String text(Node parent, String name) {
        return child(parent, name).getTextContent();
    }
}
