package vn.phananh.ingest.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.phananh.avro.Channel;
import vn.phananh.avro.RawFeedback;
import vn.phananh.ingest.support.Http;
import vn.phananh.ingest.support.Signing;
import vn.phananh.ingest.support.TopicReader;
import vn.phananh.local.LocalKafka;
import vn.phananh.schema.FeedbackIds;
import vn.phananh.schema.Topics;
import vn.phananh.testsupport.RealServices;

/**
 * Stops the broker under a running service: requests get 503 with Retry-After, fast, and after
 * the restart every message that was answered 2xx is in Kafka.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrokerOutageTest {

    private static final Duration START = Duration.ofMinutes(3);
    private static LocalKafka kafka;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static synchronized void kafka(DynamicPropertyRegistry registry) {
        if (kafka == null) {
            kafka = RealServices.dedicatedLocalKafka("outage").start(START);
        }
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        vn.phananh.ingest.support.IngestServiceTest.units(registry, kafka.bootstrapServers());
    }

    @AfterAll
    static void stopKafka() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void answers503WhileKafkaIsDownAndKeepsEverythingItAcknowledged() {
        Http http = new Http(port);
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String msgId = "before-" + i + "-" + System.nanoTime();
            assertThat(send(http, msgId).statusCode()).isEqualTo(200);
            acknowledged.add(msgId);
        }

        kafka.stop();
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = send(http, "down-" + i + "-" + System.nanoTime());
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(response.body()).contains("https://phananh.vn/problems/kafka-unavailable");
            assertThat(took).isLessThan(Duration.ofSeconds(2));
        }

        kafka.start(START);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            String msgId = "after-" + System.nanoTime();
            HttpResponse<String> response = send(http, msgId);
            assertThat(response.statusCode()).isIn(200, 503);
            if (response.statusCode() == 200) {
                acknowledged.add(msgId);
            }
            return response.statusCode() == 200;
        });

        try (TopicReader<RawFeedback> reader = new TopicReader<>(kafka.bootstrapServers(), Topics.RAW)) {
            Set<String> stored = reader.readToEnd().stream().map(ConsumerRecord::key).collect(Collectors.toSet());
            assertThat(stored).containsAll(acknowledged.stream()
                    .map(id -> FeedbackIds.of(Channel.ZALO, Signing.ZALO_OA, id)).toList());
        }
    }

    private static HttpResponse<String> send(Http http, String msgId) {
        byte[] body = ("{\"app_id\":\"1234567890123456789\",\"sender\":{\"id\":\"8958041078911298472\"},"
                + "\"recipient\":{\"id\":\"4024926008133882615\"},\"event_name\":\"user_send_text\","
                + "\"message\":{\"text\":\"Mất nước\",\"msg_id\":\"" + msgId + "\"},\"timestamp\":\"1732703000123\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return http.post("/webhooks/zalo", body, "Content-Type", "application/json", "X-ZEvent-Signature", Signing.zalo(body));
    }
}
