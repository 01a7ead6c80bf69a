package vn.phananh.webapp.pages;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.phananh.avro.StatusAction;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** "N người cùng phản ánh" on the search rows and the feedback page, and the cluster answered once from the page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebClustersPageTest extends WebTestBase {

    final String cluster = "c-" + Feedbacks.newId();
    final String first = Feedbacks.newId();
    final String second = Feedbacks.newId();
    final String alone = Feedbacks.newId();

    @BeforeAll
    void seed() {
        index(Feedbacks.feedback(first, Feedbacks.UNIT_A, "Cống thoát nước trước chợ bị tắc").setClusterId(cluster).build(),
                Feedbacks.feedback(second, Feedbacks.UNIT_A, "cong thoat nuoc truoc cho tac roi").setClusterId(cluster)
                        .build(),
                Feedbacks.feedback(alone, Feedbacks.UNIT_A, "Cống thoát nước xóm dưới bị vỡ").build());
    }

    @Test
    void theFeedbackPageAndSearchRowsCountTheCluster() {
        WebBrowser staff = signedIn(STAFF_A);
        WebBrowser.Page page = staff.get("/staff/feedback/" + first);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"cluster-count\"", "2 người cùng phản ánh", "id=\"cluster-answer-form\"");
        assertThat(staff.get("/staff/feedback/" + alone).body()).doesNotContain("cluster-count", "cluster-answer-form");
        WebBrowser.Page search = staff.get("/staff/search?cluster=" + cluster);
        assertThat(WebBrowser.tags(search.body(), "result-row")).hasSize(2);
        assertThat(WebBrowser.tags(search.body(), "cluster-count")).hasSize(2)
                .allSatisfy(t -> assertThat(WebBrowser.attribute(t, "data-count")).isEqualTo("2"));
        // A supervisor reads the count but gets no answer form.
        assertThat(signedIn(SUPERVISOR).get("/staff/feedback/" + first).body()).contains("2 người cùng phản ánh")
                .doesNotContain("cluster-answer-form");
    }

    @Test
    void theSearchPageExportsTheCurrentFiltersAsCsv() {
        WebBrowser staff = signedIn(STAFF_A);
        WebBrowser.Page search = staff.get("/staff/search?cluster=" + cluster + "&topic=INFRASTRUCTURE");
        String href = WebBrowser.attribute(WebBrowser.tags(search.body(), "export-csv").getFirst(), "href")
                .replace("&amp;", "&");
        assertThat(href).startsWith("/staff/search/export.csv?").contains("cluster=" + cluster, "topic=INFRASTRUCTURE");
        WebBrowser.Page csv = staff.download(href);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).startsWith("feedbackId,unitCode");
        assertThat(lines.subList(1, lines.size())).hasSize(2).allSatisfy(l -> assertThat(l).containsAnyOf(first, second));
        assertThat(csv.body()).doesNotContain(alone, "Nguyễn Văn A", Feedbacks.CONTACT);
        // Another unit's staff export nothing of it.
        assertThat(signedIn(STAFF_B).download(href).body().lines()).hasSize(1);
    }

    @Test
    void theClusterIsAnsweredOnceFromThePage() {
        WebBrowser staff = signedIn(STAFF_A);
        WebBrowser.Page page = staff.get("/staff/feedback/" + second);
        String text = "Xã đã cho nạo vét cống trước chợ " + Feedbacks.newId().substring(0, 6);
        WebBrowser.Page sent = staff.submit(page, "/staff/clusters/" + cluster + "/answer",
                Map.of("text", text, "from", second));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.locationPath()).isEqualTo("/staff/feedback/" + second);
        assertThat(staff.get(sent.locationPath()).body()).contains("Đã gửi trả lời cho 2 phản ánh");
        await().atMost(Duration.ofSeconds(30)).until(() -> stack.statusChanges().stream()
                .filter(c -> text.equals(c.getAnswerText())).count() == 2);
        assertThat(stack.statusChanges().stream().filter(c -> text.equals(c.getAnswerText())))
                .extracting(c -> c.getFeedbackId() + ":" + c.getAction())
                .containsExactlyInAnyOrder(first + ":" + StatusAction.ANSWER, second + ":" + StatusAction.ANSWER);
    }
}
