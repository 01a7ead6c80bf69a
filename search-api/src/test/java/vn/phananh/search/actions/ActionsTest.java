package vn.phananh.search.actions;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.json.JsonMapper;

import vn.phananh.avro.StatusAction;
import vn.phananh.avro.StatusChange;
import vn.phananh.search.ApiTestBase;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ActionsTest extends ApiTestBase {

    final String id = Feedbacks.newId();

    @BeforeAll
    void seed() {
        index(at(Feedbacks.feedback(id, Feedbacks.UNIT_A, "Cống thoát nước bị tắc"), newPlace()).build());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { "acknowledge||ACKNOWLEDGE", "assign|{\"assignee\":\"dia-chinh\"}|ASSIGN",
            "answer|{\"text\":\"Xã đã cử người khơi thông cống.\"}|ANSWER", "close|{\"note\":\"xong\"}|CLOSE",
            "spam||MARK_SPAM" })
    void recordsEachActionAsAStatusChange(String action, String body, StatusAction expected) {
        Response r = post("/api/v1/feedback/" + id + "/" + action, STAFF_A, body);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        String changeId = r.json().get("changeId").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> stack.statusChanges().stream()
                .anyMatch(c -> c.getChangeId().equals(changeId)));
        StatusChange change = stack.statusChanges().stream().filter(c -> c.getChangeId().equals(changeId))
                .findFirst().orElseThrow();
        assertThat(change.getAction()).isEqualTo(expected);
        assertThat(change.getFeedbackId()).isEqualTo(id);
        assertThat(change.getUnitCode()).isEqualTo(Feedbacks.UNIT_A);
        assertThat(change.getActor()).isEqualTo(STAFF_A);
    }

    /** One ECS JSON line per recorded action, with the feedback and unit as fields; the answer's words stay out. */
    @Test
    void logsEachRecordedActionWithItsFeedbackAndUnitButNotItsText(CapturedOutput output) {
        Response r = post("/api/v1/feedback/" + id + "/answer", STAFF_A,
                "{\"text\":\"Cán bộ địa chính sẽ gọi lại bà qua số 0912 888 777 trong tuần.\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        String changeId = r.json().get("changeId").asString();

        JsonMapper json = JsonMapper.builder().build();
        assertThat(output.getOut().lines().filter(l -> l.startsWith("{")).map(json::readTree))
                .filteredOn(l -> l.path("message").asString().equals("Recorded ANSWER as status change " + changeId))
                .singleElement().satisfies(l -> {
                    assertThat(l.path("feedbackId").asString()).isEqualTo(id);
                    assertThat(l.path("unit").asString()).isEqualTo(Feedbacks.UNIT_A);
                });
        assertThat(output.getAll()).doesNotContain("0912 888 777", "địa chính sẽ gọi");
    }

    @Test
    void answerWithoutTextIsAProblem() {
        Response r = post("/api/v1/feedback/" + id + "/answer", STAFF_A, "{\"text\":\"  \"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.json().get("type").asString()).endsWith("/invalid-request");
        assertThat(post("/api/v1/feedback/" + id + "/assign", STAFF_A, "{}").status()).isEqualTo(400);
        assertThat(post("/api/v1/feedback/" + id + "/answer", STAFF_A, "not json").status()).isEqualTo(400);
    }

    @Test
    void actingOnAMissingFeedbackIsNotFound() {
        assertThat(post("/api/v1/feedback/" + Feedbacks.newId() + "/close", STAFF_A, null).status()).isEqualTo(404);
    }
}
