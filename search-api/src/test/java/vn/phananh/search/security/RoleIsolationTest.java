package vn.phananh.search.security;

import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import vn.phananh.avro.StatusChange;
import vn.phananh.search.ApiTestBase;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleIsolationTest extends ApiTestBase {

    final String place = newPlace();
    final String ofA = Feedbacks.newId();
    final String ofB = Feedbacks.newId();

    @BeforeAll
    void seed() {
        index(at(Feedbacks.feedback(ofA, Feedbacks.UNIT_A, "Nước sinh hoạt bị đục"), place).build(),
                at(Feedbacks.feedback(ofB, Feedbacks.UNIT_B, "Nước sinh hoạt bị đục"), place).build());
    }

    @Test
    void staffSearchOnlyTheirOwnUnitEvenWhenAskingForAnother() {
        assertThat(ids("/api/v1/feedback?place=" + place, STAFF_A)).containsExactly(ofA);
        assertThat(ids("/api/v1/feedback?place=" + place, STAFF_B)).containsExactly(ofB);
        JsonNode asked = get("/api/v1/feedback?place=" + place + "&unit=" + Feedbacks.UNIT_B, STAFF_A).json();
        assertThat(asked.get("total").asLong()).isZero();
    }

    @Test
    void facetsCountOnlyTheOwnUnit() {
        JsonNode facets = get("/api/v1/feedback?place=" + place, STAFF_A).json().get("facets");
        assertThat(values(facets.get("unit"))).containsExactly(Feedbacks.UNIT_A);
    }

    @Test
    void anotherUnitsFeedbackIsNotFound() {
        assertThat(get("/api/v1/feedback/" + ofB, STAFF_A).status()).isEqualTo(404);
        assertThat(get("/api/v1/feedback/" + ofA, STAFF_A).status()).isEqualTo(200);
    }

    @Test
    void contactDetailsOnlyForStaffOfTheOwningUnit() {
        assertThat(get("/api/v1/feedback/" + ofA, STAFF_A).body()).contains(Feedbacks.CONTACT);
        assertThat(get("/api/v1/feedback/" + ofA, SUPERVISOR).body()).doesNotContain(Feedbacks.CONTACT);
        assertThat(get("/api/v1/feedback/" + ofA, ADMIN).body()).doesNotContain(Feedbacks.CONTACT);
        assertThat(get("/api/v1/feedback?place=" + place, SUPERVISOR).body()).doesNotContain(Feedbacks.CONTACT)
                .doesNotContain("Nguyễn Văn A");
    }

    @Test
    void supervisorSeesTheSupervisedUnits() {
        assertThat(ids("/api/v1/feedback?place=" + place, SUPERVISOR)).containsExactlyInAnyOrder(ofA, ofB);
    }

    @Test
    void exportHoldsOnlyTheOwnUnit() {
        String csv = get("/api/v1/feedback/export.csv?place=" + place, STAFF_A).body();
        assertThat(csv).contains(ofA).doesNotContain(ofB);
    }

    @Test
    void trendsAndAccountabilityCountOnlyTheOwnUnit() {
        String trends = get("/api/v1/trends?by=unit&interval=day", STAFF_A).body();
        assertThat(trends).contains(Feedbacks.UNIT_A).doesNotContain(Feedbacks.UNIT_B);
        String rising = get("/api/v1/accountability", STAFF_A).body();
        assertThat(rising).contains(Feedbacks.UNIT_A).doesNotContain(Feedbacks.UNIT_B);
        assertThat(get("/api/v1/accountability/overdue", STAFF_A).body()).doesNotContain(Feedbacks.UNIT_B);
    }

    @Test
    void staffCannotActOnAnotherUnitsFeedback() {
        Response denied = post("/api/v1/feedback/" + ofB + "/answer", STAFF_A, "{\"text\":\"Đã xử lý\"}");
        assertThat(denied.status()).isEqualTo(404);
        assertThat(post("/api/v1/feedback/" + ofA + "/acknowledge", SUPERVISOR, null).status()).isEqualTo(403);
        assertThat(stack.statusChanges()).extracting(StatusChange::getFeedbackId).doesNotContain(ofB);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/feedback", "/api/v1/trends", "/api/v1/alerts", "/api/v1/accountability" })
    void anonymousCallersGetAProblemDetail401(String path) {
        Response r = get(path, null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).contains("application/problem+json");
    }

    @Test
    void onlyAdminsMayRebuild() {
        assertThat(get("/api/v1/admin/rebuild-index", STAFF_A).status()).isEqualTo(403);
        assertThat(get("/api/v1/admin/rebuild-index", SUPERVISOR).status()).isEqualTo(403);
        assertThat(get("/api/v1/admin/rebuild-index", ADMIN).status()).isEqualTo(200);
    }

    @Test
    void aTokenTheRealmDidNotSignIsRejected() {
        String[] staff = keycloak.accessToken(STAFF_A).split("\\.");
        String[] admin = keycloak.accessToken(ADMIN).split("\\.");
        Response r = getWith("/api/v1/feedback", "Bearer " + admin[0] + "." + admin[1] + "." + staff[2]);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).contains("application/problem+json");
    }

    @Test
    void aTokenNamingAUnitThisServiceDoesNotServeGets403ProblemDetails() {
        keycloak.admin().ensureUnitGroup("xa-chua-cau-hinh");
        keycloak.admin().ensureUser("staff-xa-chua-cau-hinh", "mat-khau-thu-nghiem", false, "staff",
                java.util.List.of("/units/xa-chua-cau-hinh"));
        String token = keycloak.accessToken("staff-xa-chua-cau-hinh", "mat-khau-thu-nghiem");
        for (String path : java.util.List.of("/api/v1/feedback", "/api/v1/feedback/" + ofA, "/api/v1/trends",
                "/api/v1/accountability")) {
            Response r = getWith(path, "Bearer " + token);
            assertThat(r.status()).as(path).isEqualTo(403);
            assertThat(r.contentType()).contains("application/problem+json");
            assertThat(r.json().get("type").asString()).isEqualTo("https://phananh.vn/problems/forbidden");
        }
        assertThat(getWith("/api/v1/public/units", "Bearer " + token).status()).isEqualTo(200);
    }

    private java.util.List<String> ids(String path, String user) {
        Response r = get(path, user);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return StreamSupport.stream(r.json().get("items").spliterator(), false)
                .map(i -> i.get("feedbackId").asString()).toList();
    }

    private static java.util.List<String> values(JsonNode buckets) {
        return StreamSupport.stream(buckets.spliterator(), false).map(b -> b.get("value").asString()).toList();
    }
}
