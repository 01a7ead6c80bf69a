package vn.phananh.ingest.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.phananh.ingest.support.IngestServiceTest;
import vn.phananh.ingest.support.Signing;

class MetricsTest extends IngestServiceTest {

    @Test
    void exposesPerChannelCountsAndProduceLatencyToPrometheus() {
        byte[] body = ("{\"app_id\":\"1234567890123456789\",\"sender\":{\"id\":\"1\"},\"recipient\":{\"id\":\"4024926008133882615\"},"
                + "\"event_name\":\"user_send_text\",\"message\":{\"text\":\"Đo đếm\",\"msg_id\":\"metric" + System.nanoTime()
                + "\"},\"timestamp\":\"1732703000123\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        http.post("/webhooks/zalo", body, "Content-Type", "application/json", "X-ZEvent-Signature", Signing.zalo(body));
        http.post("/webhooks/zalo", body, "Content-Type", "application/json", "X-ZEvent-Signature", Signing.zalo(body));
        http.post("/webhooks/zalo", body, "Content-Type", "application/json", "X-ZEvent-Signature", "mac=00");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(http.get("/actuator/prometheus").body())
                .containsPattern("phananh_ingest_accepted_total\\{[^}]*channel=\"ZALO\"[^}]*} [1-9]")
                .containsPattern("phananh_ingest_duplicates_total\\{[^}]*channel=\"ZALO\"[^}]*} [1-9]")
                .containsPattern("phananh_ingest_rejected_total\\{[^}]*channel=\"ZALO\",[^}]*reason=\"invalid-signature\"[^}]*} [1-9]")
                .contains("phananh_ingest_produce_latency_seconds_count{")
                .doesNotContain("Đo đếm"));
    }
}
