package vn.phananh.webapp.pages;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.phananh.avro.Status;
import vn.phananh.search.Feedbacks;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox counts what waits per status over the whole inbox, not the page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebInboxCountsTest extends WebTestBase {

    @BeforeAll
    void seed() {
        index(Feedbacks.feedback(Feedbacks.newId(), Feedbacks.UNIT_A, "Mương thoát nước bị lấp").build(),
                Feedbacks.feedback(Feedbacks.newId(), Feedbacks.UNIT_A, "Cột điện nghiêng").build(),
                Feedbacks.feedback(Feedbacks.newId(), Feedbacks.UNIT_A, "Biển báo bị đổ").setStatus(Status.ACKNOWLEDGED)
                        .build());
    }

    @Test
    void statusCountsAddUpToTheInboxTotal() {
        WebBrowser.Page inbox = signedIn(STAFF_A).get("/staff");
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.body()).contains("id=\"inbox-status-counts\"");
        List<String> chips = WebBrowser.tags(inbox.body(), "status-count");
        long sum = chips.stream().mapToLong(c -> Long.parseLong(WebBrowser.attribute(c, "data-count"))).sum();
        String total = inbox.body().replaceAll("(?s).*id=\"inbox-total\" data-test=\"inbox-total\">(\\d+)<.*", "$1");
        assertThat(sum).isEqualTo(Long.parseLong(total));
        assertThat(count(chips, "NEW")).isGreaterThanOrEqualTo(2);
        assertThat(count(chips, "ACKNOWLEDGED")).isGreaterThanOrEqualTo(1);
        assertThat(chips).noneMatch(c -> "ANSWERED".equals(WebBrowser.attribute(c, "data-status")));
    }

    private static long count(List<String> chips, String status) {
        return chips.stream().filter(c -> status.equals(WebBrowser.attribute(c, "data-status")))
                .mapToLong(c -> Long.parseLong(WebBrowser.attribute(c, "data-count"))).sum();
    }
}
