package vn.phananh.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.phananh.avro.AttachmentType;
import vn.phananh.avro.Channel;
import vn.phananh.avro.RawFeedback;
import vn.phananh.ingest.support.Fixtures;
import vn.phananh.ingest.support.IngestServiceTest;
import vn.phananh.schema.FeedbackIds;

class IntegrationApiTest extends IngestServiceTest {

    private static final String ONE_UNIT_KEY = "pa_test_key_not_real_xa_hung_cuong";
    private static final String TWO_UNIT_KEY = "pa_test_key_not_real_two_units";

    private HttpResponse<String> post(String path, String key, String body) {
        return http.post(path, body, "Content-Type", "application/json", "X-Api-Key", key);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return Fixtures.json(response.body().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsOneMessageAndStoresIt() {
        String messageId = "crm-" + UUID.randomUUID();

        HttpResponse<String> response = post("/api/v1/messages", ONE_UNIT_KEY, """
                {"messageId":"%s","text":"Cần sửa cầu tràn thôn 2","author":{"name":"Phạm Thị Hoa","contact":"hoa@example.vn"},
                 "occurredAt":"2024-11-27T08:00:00+07:00",
                 "attachments":[{"type":"LOCATION","latitude":16.07,"longitude":108.22}]}""".formatted(messageId));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = FeedbackIds.of(Channel.API, "tong-dai-1022", messageId);
        assertThat(json(response).get("feedbackId").stringValue()).isEqualTo(id);
        RawFeedback stored = raw().withKey(id).getFirst();
        assertThat(stored.getUnitCode()).isEqualTo("xa-hung-cuong");
        assertThat(stored.getAuthor().getDisplayName()).isEqualTo("Phạm Thị Hoa");
        assertThat(stored.getOccurredAt()).isEqualTo(java.time.Instant.parse("2024-11-27T01:00:00Z"));
        assertThat(stored.getAttachments()).singleElement().satisfies(a -> {
            assertThat(a.getType()).isEqualTo(AttachmentType.LOCATION);
            assertThat(a.getLatitude()).isEqualTo(16.07);
        });
    }

    @Test
    void isIdempotentByTheCallersMessageId() {
        String body = "{\"messageId\":\"dup-%s\",\"text\":\"Rác chưa thu gom\"}".formatted(UUID.randomUUID());

        JsonNode first = json(post("/api/v1/messages", ONE_UNIT_KEY, body));
        JsonNode second = json(post("/api/v1/messages", ONE_UNIT_KEY, body));

        assertThat(second.get("feedbackId")).isEqualTo(first.get("feedbackId"));
        assertThat(second.get("trackingCode")).isEqualTo(first.get("trackingCode"));
        assertThat(raw().withKey(first.get("feedbackId").stringValue()).getFirst().getTrackingCode())
                .isEqualTo(first.get("trackingCode").stringValue()).startsWith("HC-");
        assertThat(second.get("status").stringValue()).isEqualTo("DUPLICATE");
        assertThat(raw().withKey(first.get("feedbackId").stringValue())).hasSize(1);
    }

    @Test
    void aBatchAcceptsTheGoodMessagesAndNamesTheBadOnes() {
        String run = UUID.randomUUID().toString();
        HttpResponse<String> response = post("/api/v1/messages/batch", TWO_UNIT_KEY, """
                {"messages":[
                  {"messageId":"%1$s-0","unitCode":"xa-hung-cuong","text":"Đường tối"},
                  {"messageId":"%1$s-1","text":"Không ghi đơn vị"},
                  {"messageId":"%1$s-2","unitCode":"phuong-khac","text":"Đơn vị không được phép"},
                  {"messageId":"%1$s-3","unitCode":"phuong-thach-thang","text":"Ngập nước"},
                  "không phải đối tượng",
                  {"messageId":"%1$s-5","unitCode":"xa-hung-cuong","text":["sai kiểu"]},
                  {"unitCode":"xa-hung-cuong","text":"Thiếu messageId"},
                  {"messageId":"%1$s-7","unitCode":"xa-hung-cuong","text":"   "},
                  {"messageId":"%1$s-0","unitCode":"xa-hung-cuong","text":"Đường tối"}
                ]}""".formatted(run));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("accepted").asLong()).isEqualTo(2);
        assertThat(body.get("duplicates").asLong()).isEqualTo(1);
        assertThat(body.get("rejected").asLong()).isEqualTo(6);
        JsonNode results = body.get("results");
        assertThat(results.get(1).get("reason").stringValue()).isEqualTo("unit-required");
        assertThat(results.get(2).get("reason").stringValue()).isEqualTo("unit-not-allowed");
        assertThat(results.get(4).get("reason").stringValue()).isEqualTo("invalid-message");
        assertThat(results.get(5).get("detail").stringValue()).contains("text").doesNotContain("sai kiểu");
        assertThat(results.get(6).get("detail").stringValue()).contains("messageId");
        assertThat(results.get(7).get("reason").stringValue()).isEqualTo("invalid-message");
        assertThat(results.get(0).get("messageId").stringValue()).isEqualTo(run + "-0");
        assertThat(raw().withKey(FeedbackIds.of(Channel.API, "cong-gop-y", run + "-0"))).hasSize(1);
        assertThat(raw().withKey(FeedbackIds.of(Channel.API, "cong-gop-y", run + "-3")))
                .singleElement().extracting(RawFeedback::getUnitCode).isEqualTo("phuong-thach-thang");
        assertThat(raw().withKey(FeedbackIds.of(Channel.API, "cong-gop-y", run + "-2"))).isEmpty();
    }

    @Test
    void refusesABatchAboveFiveHundredMessages() {
        String messages = IntStream.range(0, 501).mapToObj(i -> "{\"messageId\":\"big-" + i + "\",\"text\":\"x\"}")
                .collect(Collectors.joining(",", "{\"messages\":[", "]}"));
        var before = raw().endOffsets();

        HttpResponse<String> response = post("/api/v1/messages/batch", ONE_UNIT_KEY, messages);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("too-many-messages");
        assertThat(raw().endOffsets()).isEqualTo(before);
    }

    @Test
    void acceptsExactlyFiveHundredMessages() {
        String run = UUID.randomUUID().toString();
        String messages = IntStream.range(0, 500).mapToObj(i -> "{\"messageId\":\"" + run + i + "\",\"text\":\"Phản ánh " + i + "\"}")
                .collect(Collectors.joining(",", "{\"messages\":[", "]}"));

        HttpResponse<String> response = post("/api/v1/messages/batch", ONE_UNIT_KEY, messages);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("accepted").asLong()).isEqualTo(500);
    }

    @Test
    void refusesAnUnknownKey() {
        HttpResponse<String> response = post("/api/v1/messages", "wrong", "{\"messageId\":\"x\",\"text\":\"y\"}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("unauthenticated");
    }

    @Test
    void refusesAUnitTheKeyIsNotBoundTo() {
        HttpResponse<String> response = post("/api/v1/messages", ONE_UNIT_KEY,
                "{\"messageId\":\"x-%s\",\"unitCode\":\"phuong-thach-thang\",\"text\":\"y\"}".formatted(UUID.randomUUID()));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("unit-not-allowed");
    }
}
