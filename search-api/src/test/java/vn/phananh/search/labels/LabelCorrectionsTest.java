package vn.phananh.search.labels;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.phananh.avro.Kind;
import vn.phananh.avro.LabelCorrection;
import vn.phananh.avro.Topic;
import vn.phananh.search.ApiTestBase;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code PUT /api/v1/feedback/{id}/labels} against the real node and broker. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabelCorrectionsTest extends ApiTestBase {

    final String id = Feedbacks.newId();
    final String other = Feedbacks.newId();

    @BeforeAll
    void seed() {
        index(at(Feedbacks.feedback(id, Feedbacks.UNIT_A, "Cống thoát nước bị tắc"), newPlace()).build(),
                Feedbacks.feedback(other, Feedbacks.UNIT_B, "Đèn đường hỏng").build());
    }

    @Test
    void staffOfTheUnitCorrectTopicUrgencyAndPlace() {
        Response r = put(path(id), STAFF_A,
                "{\"topic\":\"ENVIRONMENT\",\"urgent\":true,\"kind\":\"REQUEST\",\"placeId\":\"thon-dong-tien\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        assertThat(r.json().get("corrected").toString()).contains("topic", "urgent", "kind", "placeId");
        LabelCorrection c = correction(r.json().get("correctionId").asString());
        assertThat(c.getFeedbackId()).isEqualTo(id);
        assertThat(c.getUnitCode()).isEqualTo(Feedbacks.UNIT_A);
        assertThat(c.getActor()).isEqualTo(STAFF_A);
        assertThat(c.getAfter().getTopic()).isEqualTo(Topic.ENVIRONMENT);
        assertThat(c.getAfter().getKind()).isEqualTo(Kind.REQUEST);
        assertThat(c.getAfter().getUrgent()).isTrue();
        assertThat(c.getAfter().getPlaceId()).isEqualTo("thon-dong-tien");
        assertThat(c.getAfter().getSentiment()).isNull();
        assertThat(c.getBefore().getTopic()).isNotNull();
        assertThat(c.getBefore().getSentiment()).isNull();
        assertThat(c.getMaskedText()).isEqualTo("Cống thoát nước bị tắc");
    }

    @Test
    void aSupervisorOfTheUnitMayCorrect() {
        assertThat(put(path(id), SUPERVISOR, "{\"sentiment\":\"NEUTRAL\"}").status()).isEqualTo(202);
    }

    @Test
    void anotherUnitsStaffAndUnknownIdsGetNotFound() {
        assertThat(put(path(other), STAFF_A, "{\"topic\":\"HEALTH\"}").status()).isEqualTo(404);
        assertThat(put(path(Feedbacks.newId()), STAFF_A, "{\"topic\":\"HEALTH\"}").status()).isEqualTo(404);
        assertThat(put(path(id), null, "{\"topic\":\"HEALTH\"}").status()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{}", "{\"topic\":\"ROADS\"}", "{\"kind\":\"complaint\"}", "{\"sentiment\":\"UNKNOWN\"}",
            "{\"secondaryTopics\":[\"OTHER\"]}", "{\"placeId\":\"thon-khong-co\"}", "{\"placeId\":\"Thôn 1\"}",
            "{\"urgent\":\"maybe\"}", "{\"topic\":[1]}", "not json"})
    void invalidCorrectionsAreProblemsAndStoreNothing(String body) {
        int before = corrections().size();
        Response r = put(path(id), STAFF_A, body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.body()).doesNotContain("Exception");
        assertThat(corrections()).hasSize(before);
    }

    private List<LabelCorrection> corrections() {
        return stack.labelCorrections().stream().filter(c -> c.getFeedbackId().equals(id)).toList();
    }

    private LabelCorrection correction(String correctionId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> stack.labelCorrections().stream()
                .anyMatch(c -> c.getCorrectionId().equals(correctionId)));
        return stack.labelCorrections().stream().filter(c -> c.getCorrectionId().equals(correctionId)).findFirst()
                .orElseThrow();
    }

    private static String path(String feedbackId) {
        return "/api/v1/feedback/" + feedbackId + "/labels";
    }
}
