package vn.phananh.ingest.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.phananh.ingest.support.Fixtures;
import vn.phananh.ingest.support.IngestServiceTest;
import vn.phananh.ingest.support.Signing;

/**
 * The service logs one ECS JSON object a line, and each line about a stored message names its
 * feedbackId and unit as fields, through every channel; no line holds the message's text, its
 * author or the phone number in it.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTest extends IngestServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DESK_AUTH = "Bearer " + vn.phananh.testsupport.RealServices.keycloak()
            .deskToken("xa-hung-cuong");

    @Test
    void linesAboutStoredMessagesNameTheirIdAndUnitAndNothingTheCitizenWrote(CapturedOutput output) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> texts = Map.of(
                "FACEBOOK", "Ống nước vỡ trước nhà số 12 kiệt " + run + ", gọi 0905123456",
                "ZALO", "Trạm biến áp thôn " + run + " kêu to cả đêm, số tôi 0934 567 890",
                "DESK", "Bà Trần Thị Mai hỏi thủ tục " + run + ", điện thoại 0812.345.678",
                "API", "Rác ở chợ " + run + " chưa được thu gom, liên hệ 0978123123");
        List<HttpResponse<String>> answers = List.of(facebook(run, texts.get("FACEBOOK")), zalo(run, texts.get("ZALO")),
                desk(run, texts.get("DESK")), api(run, texts.get("API")));
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isBetween(200, 202));

        List<JsonNode> stored = lines(output).stream()
                .filter(l -> l.path("message").asString("").startsWith("Stored ")).toList();
        for (String channel : texts.keySet()) {
            assertThat(stored).filteredOn(l -> l.path("message").asString().equals("Stored " + channel + " feedback"))
                    .as(channel).isNotEmpty().allSatisfy(l -> {
                        assertThat(l.path("feedbackId").asString("")).as(channel).matches("[0-9a-f-]{36}");
                        assertThat(l.path("unit").asString("")).as(channel).isNotBlank();
                        assertThat(l.path("log").path("level").asString()).isEqualTo("INFO");
                    });
        }
        assertThat(output.getAll()).doesNotContain(run + ",", "0905123456", "0934 567 890", "0812.345.678",
                "0978123123", "Trần Thị Mai", "Ống nước");
    }

    /** Every line the service wrote, as JSON: a line that is not JSON fails here. */
    private static List<JsonNode> lines(CapturedOutput output) {
        return output.getOut().lines().filter(l -> l.startsWith("{")).map(JSON::readTree).toList();
    }

    private HttpResponse<String> facebook(String run, String text) {
        String body = Fixtures.text("facebook-feed-comment-minimal.json")
                .replace("122145556677889900_987654321012345", "122145556677889900_" + run)
                .replace("Đèn đường ở kiệt 45 Lê Duẩn bị hỏng 3 ngày nay.", text);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return http.post("/webhooks/facebook", bytes, "Content-Type", "application/json", "X-Hub-Signature-256",
                Signing.facebook(bytes));
    }

    private HttpResponse<String> zalo(String run, String text) {
        String body = Fixtures.text("zalo-user-send-text-minimal.json").replace("e2a641af6661713b2874", "log-" + run)
                .replace("Đường Phan Chu Trinh mất điện từ sáng", text);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return http.post("/webhooks/zalo", bytes, "Content-Type", "application/json", "X-ZEvent-Signature",
                Signing.zalo(bytes));
    }

    private HttpResponse<String> desk(String run, String text) {
        return http.post("/desk/v1/feedback", "{\"text\":\"" + text + "\",\"citizen\":{\"name\":\"Trần Thị Mai\"}}",
                "Content-Type", "application/json", "Authorization", DESK_AUTH, "Idempotency-Key", "log-" + run);
    }

    private HttpResponse<String> api(String run, String text) {
        return http.post("/api/v1/messages", "{\"messageId\":\"log-" + run + "\",\"text\":\"" + text + "\"}",
                "Content-Type", "application/json", "X-Api-Key", "pa_test_key_not_real_xa_hung_cuong");
    }
}
