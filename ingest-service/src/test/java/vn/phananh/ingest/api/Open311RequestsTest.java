package vn.phananh.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import tools.jackson.databind.JsonNode;

import vn.phananh.avro.AttachmentType;
import vn.phananh.avro.Channel;
import vn.phananh.avro.RawFeedback;
import vn.phananh.ingest.support.Fixtures;
import vn.phananh.ingest.support.IngestServiceTest;
import vn.phananh.schema.FeedbackIds;
import vn.phananh.schema.TrackingCodes;

/**
 * Open311 {@code POST requests.{json,xml}} against the real broker with the shared fixtures: the
 * fixtures' forms are stored through the integration API's intake and answered with the tracking
 * code, retries collapse to one record, and every refusal is the specification's error list.
 */
class Open311RequestsTest extends IngestServiceTest {

    private static final String ONE_UNIT_KEY = "pa_test_key_not_real_xa_hung_cuong";
    private static final String TWO_UNIT_KEY = "pa_test_key_not_real_two_units";
    private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";

    /** The fixtures' example key, jurisdiction and service codes, replaced by a development unit's and our topics. */
    private static String ours(String rawBody, String key) {
        return rawBody.replace("api_key=xyz", "api_key=" + key)
                .replace("jurisdiction_id=danang.gov.vn", "jurisdiction_id=xa-hung-cuong")
                .replace("service_code=DL01", "service_code=INFRASTRUCTURE")
                .replace("service_code=VS02", "service_code=ENVIRONMENT");
    }

    private HttpResponse<String> post(String path, String body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Content-Type", FORM));
        all.addAll(List.of(headers));
        return http.post(path, body, all.toArray(String[]::new));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return Fixtures.json(response.body().getBytes(StandardCharsets.UTF_8));
    }

    private List<RawFeedback> storedWithCode(String code) {
        return raw().readToEnd().stream().map(r -> r.value()).filter(v -> code.equals(v.getTrackingCode())).toList();
    }

    @Test
    void theMinimalFixtureIsStoredAndAnsweredWithItsTrackingCode() {
        String body = ours(Fixtures.json("open311-post-request-minimal.json").get("raw_body").asString(), ONE_UNIT_KEY);

        HttpResponse<String> response = post("/open311/v2/requests.json", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        JsonNode answer = json(response);
        JsonNode fixture = Fixtures.json("open311-post-response.json").get("realtime_body");
        assertThat(answer.isArray()).isTrue();
        assertThat(answer.get(0).propertyNames()).containsExactlyElementsOf(fixture.get(0).propertyNames());
        String code = answer.get(0).get("service_request_id").asString();
        assertThat(TrackingCodes.parse(code)).isInstanceOf(TrackingCodes.Parsed.Valid.class);
        assertThat(code).startsWith("HC-");
        assertThat(answer.get(0).get("service_notice").asString()).contains(code);
        assertThat(answer.get(0).has("token")).isFalse();
        RawFeedback stored = storedWithCode(code).getLast();
        assertThat(stored.getChannel()).isEqualTo(Channel.API);
        assertThat(stored.getUnitCode()).isEqualTo("xa-hung-cuong");
        assertThat(stored.getSourceAccount()).isEqualTo("tong-dai-1022");
        assertThat(stored.getSourceEvent()).isEqualTo("open311");
        assertThat(stored.getAttributes()).containsEntry("open311.service_code", "ENVIRONMENT");
        assertThat(stored.getAttachments()).singleElement().satisfies(a -> {
            assertThat(a.getType()).isEqualTo(AttachmentType.LOCATION);
            assertThat(a.getLatitude()).isEqualTo(16.0678);
            assertThat(a.getLongitude()).isEqualTo(108.2208);
        });
    }

    @Test
    void theFullFixtureKeepsItsUtf8TextPersonAttributesAndMediaAndAnswersInXml() throws Exception {
        String body = ours(Fixtures.json("open311-post-request-full.json").get("raw_body").asString(), ONE_UNIT_KEY);

        HttpResponse<String> response = post("/open311/v2/requests.xml", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/xml;charset=utf-8");
        assertThat(response.body()).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><service_requests><request>");
        Element request = (Element) xml(response.body()).getDocumentElement().getElementsByTagName("request").item(0);
        String code = request.getElementsByTagName("service_request_id").item(0).getTextContent();
        assertThat(request.getElementsByTagName("account_id").getLength()).isEqualTo(1);
        RawFeedback stored = storedWithCode(code).getLast();
        assertThat(stored.getText()).isEqualTo("Đèn đường trước số 45 không sáng 3 đêm liền.\nKhu vực rất tối.");
        assertThat(stored.getAuthor().getDisplayName()).isEqualTo("Nguyễn Văn An");
        assertThat(stored.getAuthor().getContact()).isEqualTo("an.nguyen@example.vn, 0905123456");
        assertThat(stored.getAuthor().getId()).isEqualTo("u-1029");
        assertThat(stored.getAttributes()).containsEntry("open311.attribute.POLE_ID", "LD-045-07")
                .containsEntry("open311.attribute.SYMPTOM", "off,flicker")
                .containsEntry("open311.address_string", "45 Lê Duẩn, phường Hải Châu, Đà Nẵng")
                .containsEntry("open311.service_code", "INFRASTRUCTURE");
        assertThat(stored.getAttachments()).extracting(a -> a.getType()).containsExactly(AttachmentType.LOCATION,
                AttachmentType.LINK);
        assertThat(stored.getAttachments().get(0).getName()).isEqualTo("45 Lê Duẩn, phường Hải Châu, Đà Nẵng");
        assertThat(stored.getAttachments().get(1).getUrl())
                .isEqualTo("https://media.example.vn/reports/2024/11/27/den-duong.jpg");
    }

    @Test
    void aRetriedFormIsStoredOnceAndAnsweredWithTheSameId() {
        String body = "api_key=" + ONE_UNIT_KEY + "&service_code=ENVIRONMENT&address_string=Th%C3%B4n+3&description="
                + URLEncoder.encode("Rác tồn đọng " + UUID.randomUUID(), StandardCharsets.UTF_8);

        HttpResponse<String> first = post("/open311/v2/requests.json", body);
        HttpResponse<String> retry = post("/open311/v2/requests.json", body);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        String code = json(first).get(0).get("service_request_id").asString();
        assertThat(json(retry).get(0).get("service_request_id").asString()).isEqualTo(code);
        assertThat(storedWithCode(code)).hasSize(1);
    }

    @Test
    void anIdempotencyKeyNamesTheRequestAndCannotBeReusedForAnotherOne() {
        String key = "fms-" + UUID.randomUUID();
        String body = "api_key=" + ONE_UNIT_KEY + "&service_code=HEALTH&lat=16.07&long=108.22&description=";

        HttpResponse<String> first = post("/open311/v2/requests.json", body + "Dich+benh", "Idempotency-Key", key);
        HttpResponse<String> again = post("/open311/v2/requests.json", body + "Dich+benh", "Idempotency-Key", key);
        HttpResponse<String> other = post("/open311/v2/requests.json", body + "Khac+han", "Idempotency-Key", key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String id = FeedbackIds.of(Channel.API, "tong-dai-1022", "open311:" + key);
        assertThat(raw().withKey(id)).hasSize(1);
        assertThat(json(again).get(0).get("service_request_id")).isEqualTo(json(first).get(0).get("service_request_id"));
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(json(other).get(0).get("description").asString()).contains("Idempotency-Key");
    }

    @Test
    void aBadApiKeyIsTheFixturesErrorInJsonAndXml() {
        JsonNode fixture = Fixtures.json("open311-error-response.json");
        String body = "api_key=not-a-key&service_code=ENVIRONMENT&lat=16.07&long=108.22";
        var before = raw().endOffsets();

        HttpResponse<String> json = post("/open311/v2/requests.json", body);
        HttpResponse<String> xml = post("/open311/v2/requests.xml", body);
        HttpResponse<String> none = post("/open311/v2/requests.json", "service_code=ENVIRONMENT&lat=16.07&long=108.22");

        assertThat(json.statusCode()).isEqualTo(403);
        assertThat(json(json)).isEqualTo(fixture.get("body"));
        assertThat(xml.statusCode()).isEqualTo(403);
        assertThat(xml.body()).isEqualTo(fixture.get("xml_equivalent").asString());
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(raw().endOffsets()).isEqualTo(before);
    }

    @Test
    void eachRefusalHasTheSpecificationsStatusAndNoRecord() {
        var before = raw().endOffsets();
        Map<String, Integer> cases = new java.util.LinkedHashMap<>();
        String key = "api_key=" + ONE_UNIT_KEY;
        cases.put(key + "&lat=16.07&long=108.22", 400);                                          // no service_code
        cases.put(key + "&service_code=DL01&lat=16.07&long=108.22", 404);                        // not one of ours
        cases.put(key + "&service_code=ENVIRONMENT", 400);                                       // no location
        cases.put(key + "&service_code=ENVIRONMENT&lat=16.07", 400);                              // lat without long
        cases.put(key + "&service_code=ENVIRONMENT&lat=north&long=108.22", 400);
        cases.put(key + "&service_code=ENVIRONMENT&lat=91&long=108.22", 400);
        cases.put(key + "&service_code=ENVIRONMENT&lat=16.07&long=108.22&jurisdiction_id=danang.gov.vn", 404);
        cases.put(key + "&service_code=ENVIRONMENT&lat=16.07&long=108.22&jurisdiction_id=phuong-thach-thang", 403);
        cases.put("api_key=" + TWO_UNIT_KEY + "&service_code=ENVIRONMENT&lat=16.07&long=108.22", 400);
        cases.put(key + "&service_code=ENVIRONMENT&address_string=%E1%BA", 400);                  // not UTF-8
        cases.put(key + "&service_code=ENVIRONMENT&address_string=%zz", 400);
        cases.put(key + "&service_code=ENVIRONMENT&address_string=x&description=" + "a".repeat(4001), 400);

        cases.forEach((body, status) -> {
            HttpResponse<String> response = post("/open311/v2/requests.json", body);
            assertThat(response.statusCode()).as(body.length() > 120 ? body.substring(0, 120) : body).isEqualTo(status);
            JsonNode errors = json(response);
            assertThat(errors).singleElement().satisfies(e -> {
                assertThat(e.get("code").asInt()).isEqualTo(status);
                assertThat(e.get("description").asString()).isNotBlank();
            });
            assertThat(response.body()).doesNotContain("Exception", "at vn.", "\tat ");
        });
        assertThat(raw().endOffsets()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotAFormAndOtherPathsAreRefusedInTheirFormat() {
        HttpResponse<String> notForm = http.post("/open311/v2/requests.xml", "{\"service_code\":\"ENVIRONMENT\"}",
                "Content-Type", "application/json");
        HttpResponse<String> unknownFormat = post("/open311/v2/requests.yaml", "api_key=" + ONE_UNIT_KEY);
        HttpResponse<String> read = http.get("/open311/v2/services.json");

        assertThat(notForm.statusCode()).isEqualTo(400);
        assertThat(notForm.body()).startsWith("<?xml").contains("<errors><error><code>400</code>");
        assertThat(unknownFormat.statusCode()).isEqualTo(404);
        assertThat(unknownFormat.body()).contains("<errors>");
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(json(read).get(0).get("code").asInt()).isEqualTo(404);
    }

    private static Document xml(String body) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
