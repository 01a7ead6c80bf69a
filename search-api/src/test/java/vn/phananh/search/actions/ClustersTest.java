package vn.phananh.search.actions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import vn.phananh.avro.StatusAction;
import vn.phananh.avro.StatusChange;
import vn.phananh.search.ApiTestBase;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Near-duplicate clusters in the index: the filter, the counts, and answering a cluster once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClustersTest extends ApiTestBase {

    final String cluster = "c-" + Feedbacks.newId();
    final String first = Feedbacks.newId();
    final String second = Feedbacks.newId();
    final String alreadyAnswered = Feedbacks.newId();
    final String alone = Feedbacks.newId();
    final String place = newPlace();

    @BeforeAll
    void seed() {
        index(at(Feedbacks.feedback(first, Feedbacks.UNIT_A, "Đèn đường thôn bị hỏng, tối đi lại nguy hiểm"), place)
                        .setClusterId(cluster).build(),
                at(Feedbacks.feedback(second, Feedbacks.UNIT_A, "den duong o thon hong roi"), place).setClusterId(cluster)
                        .build(),
                Feedbacks.answered(at(Feedbacks.feedback(alreadyAnswered, Feedbacks.UNIT_A, "Đèn đường thôn không sáng"),
                        place).setClusterId(cluster), Instant.now().minus(Duration.ofMinutes(5)), "Đã thay bóng đèn.")
                        .build(),
                at(Feedbacks.feedback(alone, Feedbacks.UNIT_A, "Đường thôn có ổ gà lớn"), place).build());
    }

    @Test
    void theClusterFilterFindsEveryMemberEachCountingTheOthers() {
        JsonNode page = get("/api/v1/feedback?cluster=" + cluster, STAFF_A).json();
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(ids(page.get("items"))).containsExactlyInAnyOrder(first, second, alreadyAnswered);
        assertThat(page.get("items")).allSatisfy(i -> {
            assertThat(i.get("clusterId").asString()).isEqualTo(cluster);
            assertThat(i.get("clusterSize").asLong()).isEqualTo(3);
        });
        JsonNode placed = get("/api/v1/feedback?place=" + place, STAFF_A).json();
        JsonNode single = StreamSupport.stream(placed.get("items").spliterator(), false)
                .filter(i -> i.get("feedbackId").asString().equals(alone)).findFirst().orElseThrow();
        assertThat(single.get("clusterId").isNull()).isTrue();
        assertThat(single.get("clusterSize").asLong()).isEqualTo(1);
        assertThat(get("/api/v1/feedback/" + first, STAFF_A).json().get("clusterSize").asLong()).isEqualTo(3);
        assertThat(get("/api/v1/feedback?cluster=" + cluster, STAFF_B).json().get("total").asLong()).isZero();
    }

    @Test
    void answeringTheClusterOnceWritesOneAnswerPerOpenMember() {
        Response r = post("/api/v1/clusters/" + cluster + "/answer", STAFF_A,
                "{\"text\":\"Xã đã cho thay bóng đèn đường của thôn.\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        assertThat(r.json().get("members").asInt()).isEqualTo(3);
        assertThat(ids(r.json().get("answered"))).containsExactlyInAnyOrder(first, second);
        assertThat(ids(r.json().get("skipped"))).containsExactly(alreadyAnswered);
        List<String> changeIds = ids(r.json().get("changeIds"));
        await().atMost(Duration.ofSeconds(30)).until(() -> answers().size() >= 2);
        List<StatusChange> written = answers();
        assertThat(written).extracting(StatusChange::getFeedbackId).containsExactlyInAnyOrder(first, second);
        assertThat(written).allSatisfy(c -> {
            assertThat(c.getAction()).isEqualTo(StatusAction.ANSWER);
            assertThat(c.getAnswerText()).isEqualTo("Xã đã cho thay bóng đèn đường của thôn.");
            assertThat(c.getActor()).isEqualTo(STAFF_A);
            assertThat(c.getUnitCode()).isEqualTo(Feedbacks.UNIT_A);
            assertThat(changeIds).contains(c.getChangeId());
        });
    }

    @Test
    void onlyStaffOfTheUnitAnswerAndBadRequestsAreProblems() {
        String body = "{\"text\":\"Trả lời\"}";
        assertThat(post("/api/v1/clusters/" + cluster + "/answer", STAFF_B, body).status()).isEqualTo(404);
        assertThat(post("/api/v1/clusters/" + cluster + "/answer", SUPERVISOR, body).status()).isEqualTo(403);
        assertThat(post("/api/v1/clusters/" + cluster + "/answer", null, body).status()).isEqualTo(401);
        assertThat(post("/api/v1/clusters/c-khong-co/answer", STAFF_A, body).status()).isEqualTo(404);
        Response blank = post("/api/v1/clusters/" + cluster + "/answer", STAFF_A, "{\"text\":\" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.contentType()).contains("application/problem+json");
        assertThat(post("/api/v1/clusters/" + cluster + "/answer", STAFF_A, "not json").status()).isEqualTo(400);
    }

    private List<StatusChange> answers() {
        return stack.statusChanges().stream()
                .filter(c -> List.of(first, second, alreadyAnswered, alone).contains(c.getFeedbackId())).toList();
    }

    private static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(n -> n.isString() ? n.asString() : n.get("feedbackId").asString()).toList();
    }
}
