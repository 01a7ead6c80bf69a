package vn.phananh.ingest.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.phananh.ingest.support.Fixtures;
import vn.phananh.ingest.support.Http;
import vn.phananh.ingest.support.IngestServiceTest;
import vn.phananh.local.Ports;
import vn.phananh.testsupport.RealServices;

/**
 * The desk while the identity provider's keys cannot be fetched: a real desk token from the run's
 * Keycloak, checked by a service whose key-set address has nothing listening. An outage, so 503 with
 * Retry-After and a problem document, not a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeskIdentityOutageTest {

    private static final String TOKEN = "Bearer " + RealServices.keycloak().deskToken("xa-hung-cuong");

    @LocalServerPort
    int port;

    private Http http;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String bootstrap = RealServices.kafka().bootstrapServers();
        registry.add("spring.kafka.bootstrap-servers", () -> bootstrap);
        IngestServiceTest.identity(registry);
        registry.add("phananh.ingest.identity.jwk-set-uri", () -> "http://127.0.0.1:" + Ports.free() + "/certs");
        IngestServiceTest.units(registry, bootstrap);
    }

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void aTokenThatCannotBeCheckedIsAnOutageToRetry() {
        HttpResponse<String> response = http.post("/desk/v1/feedback",
                "{\"text\":\"Đèn đường thôn 2 bị hỏng.\"}", "Content-Type", "application/json",
                "Authorization", TOKEN, "Idempotency-Key", UUID.randomUUID().toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        var problem = Fixtures.json(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(problem.get("status").intValue()).isEqualTo(503);
        assertThat(problem.get("detail").stringValue()).contains("retry later");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain(TOKEN.substring(7, 40));
    }
}
