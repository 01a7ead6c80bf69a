package vn.phananh.load.channel;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the clients read the ingest service's answers. */
class DeliveryTest {

    private static HttpAnswer answer(int status, String json) {
        return new HttpAnswer(status, Json.read(json.getBytes(StandardCharsets.UTF_8)), null);
    }

    @Test
    void readsAWebhookSummaryOfOneStoredMessage() {
        Delivery d = WebhookSummaries.delivery("FACEBOOK",
                answer(200, "{\"received\":1,\"accepted\":1,\"duplicates\":0,\"events\":0,\"skipped\":0,\"rejected\":0}"), "id-1");

        assertThat(d.accepted()).isTrue();
        assertThat(d.duplicate()).isFalse();
        assertThat(d.feedbackId()).isEqualTo("id-1");
    }

    @Test
    void readsARedeliveryAsADuplicateThatIsStored() {
        Delivery d = WebhookSummaries.delivery("ZALO",
                answer(200, "{\"received\":1,\"accepted\":0,\"duplicates\":1,\"events\":0,\"skipped\":0,\"rejected\":0}"), "id-2");

        assertThat(d.accepted()).isTrue();
        assertThat(d.duplicate()).isTrue();
    }

    @Test
    void aSkippedItemIsNotAccepted() {
        Delivery d = WebhookSummaries.delivery("FACEBOOK",
                answer(200, "{\"received\":1,\"accepted\":0,\"duplicates\":0,\"events\":0,\"skipped\":1,\"rejected\":0}"), "id-3");

        assertThat(d.accepted()).isFalse();
        assertThat(d.outcome()).isEqualTo("SKIPPED");
    }

    @Test
    void reportsTheProblemTitleOfARefusal() {
        Delivery d = WebhookSummaries.delivery("FACEBOOK", answer(401, "{\"type\":\"https://phananh.vn/problems/invalid-signature\","
                + "\"title\":\"Invalid signature\",\"status\":401,\"detail\":\"X-Hub-Signature-256 does not sign this body\"}"), "id-4");

        assertThat(d.accepted()).isFalse();
        assertThat(d.describe()).isEqualTo("FACEBOOK 401 Invalid signature: X-Hub-Signature-256 does not sign this body");
    }

    @Test
    void aTransportFailureIsStatusZero() {
        Delivery d = WebhookSummaries.delivery("ZALO", new HttpAnswer(0, null, "ConnectException"), "id-5");

        assertThat(d.accepted()).isFalse();
        assertThat(d.describe()).isEqualTo("ZALO no answer ConnectException");
    }
}
