package vn.phananh.ingest.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.phananh.avro.Channel;
import vn.phananh.avro.RawFeedback;
import vn.phananh.ingest.support.Fixtures;
import vn.phananh.ingest.support.IngestServiceTest;
import vn.phananh.schema.FeedbackIds;
import vn.phananh.testsupport.KeycloakService;
import vn.phananh.testsupport.RealServices;

class DeskTest extends IngestServiceTest {

    private static final String PATH = "/desk/v1/feedback";
    private static final KeycloakService keycloak = RealServices.keycloak();
    /** The desk device of xã Hùng Cường, signed in as its client. */
    private static final String STAFF = "Bearer " + keycloak.deskToken("xa-hung-cuong");
    private static final String BODY = """
            {"text":"Ông Tư phản ánh: đường vào thôn 3 bị sụt lún sau mưa.","citizen":{"name":"Lê Văn Tư","contact":"0905123456"}}""";

    private HttpResponse<String> submit(String key, String body, String authorization) {
        return http.post(PATH, body, "Content-Type", "application/json", "Authorization", authorization,
                "Idempotency-Key", key);
    }

    @Test
    void recordsWhatTheVisitorSaidWithTheDeskDevicesToken() {
        String key = UUID.randomUUID().toString();

        HttpResponse<String> response = submit(key, BODY, STAFF);

        assertThat(response.statusCode()).isEqualTo(201);
        String id = FeedbackIds.of(Channel.DESK, "mot-cua-xa-hung-cuong", key);
        var receipt = Fixtures.json(response.body().getBytes(StandardCharsets.UTF_8));
        assertThat(receipt.get("feedbackId").stringValue()).isEqualTo(id);
        RawFeedback stored = raw().withKey(id).getFirst();
        // The visitor leaves with the code they look the feedback up with; the record carries the same.
        assertThat(receipt.get("trackingCode").stringValue()).matches("HC-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{5}")
                .isEqualTo(stored.getTrackingCode());
        assertThat(stored.getRecordedBy()).isEqualTo("service-account-desk-xa-hung-cuong");
        assertThat(stored.getUnitCode()).isEqualTo("xa-hung-cuong");
        assertThat(stored.getAuthor().getDisplayName()).isEqualTo("Lê Văn Tư");
        assertThat(stored.getAuthor().getContact()).isEqualTo("0905123456");
        assertThat(stored.getAuthor().getAnonymous()).isFalse();
    }

    @Test
    void aDoubleSubmitStoresOneRecord() {
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = submit(key, BODY, STAFF);
        HttpResponse<String> second = submit(key, BODY, STAFF);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(Fixtures.json(second.body().getBytes(StandardCharsets.UTF_8)).get("trackingCode"))
                .isEqualTo(Fixtures.json(first.body().getBytes(StandardCharsets.UTF_8)).get("trackingCode"));
        assertThat(raw().withKey(FeedbackIds.of(Channel.DESK, "mot-cua-xa-hung-cuong", key))).hasSize(1);
    }

    @Test
    void refusesTheSameKeyForAnotherMessage() {
        String key = UUID.randomUUID().toString();
        submit(key, BODY, STAFF);

        HttpResponse<String> conflict = submit(key, "{\"text\":\"Nội dung khác\"}", STAFF);

        assertThat(conflict.statusCode()).isEqualTo(422);
        assertThat(conflict.body()).contains("idempotency-conflict");
    }

    @Test
    void aVisitorWithoutNameIsAnonymous() {
        String key = UUID.randomUUID().toString();

        assertThat(submit(key, "{\"text\":\"Góp ý về giờ làm việc\"}", STAFF).statusCode()).isEqualTo(201);

        RawFeedback stored = raw().withKey(FeedbackIds.of(Channel.DESK, "mot-cua-xa-hung-cuong", key)).getFirst();
        assertThat(stored.getAuthor().getAnonymous()).isTrue();
        assertThat(stored.getAuthor().getDisplayName()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "Basic Y2FuYm8ubW90Y3VhOnNhaQ==", "Bearer abc", "forged" })
    void refusesMissingOrWrongCredentials(String given) {
        String authorization = given.equals("forged") ? forged() : given;
        HttpResponse<String> response = authorization.isEmpty()
                ? http.post(PATH, BODY, "Content-Type", "application/json", "Idempotency-Key", "k1")
                : submit("k1", BODY, authorization);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("https://phananh.vn/problems/unauthenticated");
    }

    @Test
    void requiresAnIdempotencyKey() {
        HttpResponse<String> response = http.post(PATH, BODY, "Content-Type", "application/json", "Authorization", STAFF);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid-header");
    }

    @Test
    void requiresText() {
        HttpResponse<String> response = submit(UUID.randomUUID().toString(), "{\"text\":\"  \"}", STAFF);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid-payload").contains("text");
    }

    @Test
    void aClerkRecordsWithTheirOwnTokenAtTheirUnitsDesk() {
        String key = UUID.randomUUID().toString();

        HttpResponse<String> response = submit(key, BODY, "Bearer " + keycloak.accessToken("staff-thach-thang"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(raw().withKey(FeedbackIds.of(Channel.DESK, "mot-cua-phuong-thach-thang", key)))
                .singleElement().satisfies(r -> {
                    assertThat(r.getUnitCode()).isEqualTo("phuong-thach-thang");
                    assertThat(r.getRecordedBy()).isEqualTo("staff-thach-thang");
                });
    }

    @Test
    void aClerkNamesTheUnitAndItMustBeTheirs() {
        String clerk = "Bearer " + keycloak.accessToken("staff-hung-cuong");
        String ownUnit = "{\"unit\":\"xa-hung-cuong\",\"text\":\"Góp ý giờ làm việc\"}";
        assertThat(submit(UUID.randomUUID().toString(), ownUnit, clerk).statusCode()).isEqualTo(201);

        HttpResponse<String> other = submit(UUID.randomUUID().toString(),
                "{\"unit\":\"phuong-thach-thang\",\"text\":\"Góp ý\"}", clerk);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("https://phananh.vn/problems/unit-not-allowed");
        HttpResponse<String> device = submit(UUID.randomUUID().toString(),
                "{\"unit\":\"phuong-thach-thang\",\"text\":\"Góp ý\"}", STAFF);
        assertThat(device.statusCode()).isEqualTo(403);
    }

    @Test
    void aSupervisorOrAnAdminDoesNotRecordAtADesk() {
        for (String user : java.util.List.of("supervisor", "admin")) {
            HttpResponse<String> response = submit(UUID.randomUUID().toString(), BODY,
                    "Bearer " + keycloak.accessToken(user));
            assertThat(response.statusCode()).as(user).isEqualTo(403);
            assertThat(response.body()).contains("https://phananh.vn/problems/unit-not-allowed");
        }
    }

    @Test
    void aTokenNamingAUnitThatIsNotConfiguredIsRefused() {
        keycloak.admin().ensureUnitGroup("xa-chua-cau-hinh");
        keycloak.admin().ensureUser("staff-xa-chua-cau-hinh", "mat-khau-thu-nghiem", false, "staff",
                java.util.List.of("/units/xa-chua-cau-hinh"));
        HttpResponse<String> response = submit(UUID.randomUUID().toString(), BODY,
                "Bearer " + keycloak.accessToken("staff-xa-chua-cau-hinh", "mat-khau-thu-nghiem"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("https://phananh.vn/problems/unit-not-allowed");
    }

    /** A supervisor's claims under the signature of the desk's token: the realm's key did not sign this. */
    private static String forged() {
        String[] supervisor = keycloak.accessToken("supervisor").split("\\.");
        String[] desk = STAFF.substring(7).split("\\.");
        return "Bearer " + supervisor[0] + "." + supervisor[1] + "." + desk[2];
    }
}
