package vn.phananh.load.channel;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The bodies each client sends, against the shared fixtures and the ingest service's field names. */
class PayloadsTest {

    @Test
    void writesAFeedCommentByteForByteAsTheFacebookVector() {
        JsonNode vector = Vectors.facebook();
        var comment = new FacebookClient.FeedComment("122145556677889900_987654321012345",
                "104729385610293_122145556677889900", "104729385610293_122145556677889900", "7391827364519283",
                "Nguyễn Văn An", "Đèn đường hỏng", Instant.ofEpochSecond(1732699990));

        byte[] body = FacebookClient.commentBody("104729385610293", comment, Instant.ofEpochSecond(1732700000));

        assertThat(new String(body, StandardCharsets.US_ASCII)).isEqualTo(vector.get("raw_body").asString());
        assertThat(Signatures.facebook("test_app_secret_not_real", body))
                .isEqualTo(vector.get("headers").get("X-Hub-Signature-256").asString());
    }

    @Test
    void writesAMessengerMessageWithMillisecondTimesAndThePageAsRecipient() {
        var message = new FacebookClient.MessengerMessage("m_abc", "2719384756102938", "Xin chào, đường ngập 😭",
                Instant.ofEpochMilli(1732702000001L));

        byte[] body = FacebookClient.messageBody("104729385610293", message, Instant.ofEpochMilli(1732702000123L));

        assertThat(new String(body, StandardCharsets.ISO_8859_1)).matches("\\p{ASCII}+") // as Meta sends
                .contains("\\u0111\\u01b0\\u1eddng", "\\ud83d\\ude2d");
        JsonNode entry = Json.read(body).get("entry").get(0);
        assertThat(Json.read(body).get("object").asString()).isEqualTo("page");
        assertThat(entry.get("id").asString()).isEqualTo("104729385610293");
        assertThat(entry.get("time").asLong()).isEqualTo(1732702000123L);
        JsonNode event = entry.get("messaging").get(0);
        assertThat(event.get("sender").get("id").asString()).isEqualTo("2719384756102938");
        assertThat(event.get("recipient").get("id").asString()).isEqualTo("104729385610293");
        assertThat(event.get("timestamp").asLong()).isEqualTo(1732702000001L);
        assertThat(event.get("message").get("mid").asString()).isEqualTo("m_abc");
        assertThat(event.get("message").get("text").asString()).isEqualTo("Xin chào, đường ngập 😭");
    }

    @Test
    void writesAZaloTextByteForByteAsTheZaloVector() {
        JsonNode vector = Vectors.zalo();
        var text = new ZaloClient.ZaloText("e2a641af6661713b2874", "8958041078911298472", "7300442764876318465",
                "Đường Phan Chu Trinh mất điện", Instant.ofEpochMilli(1732703000123L));

        byte[] body = ZaloClient.body("1234567890123456789", "4024926008133882615", text);

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(vector.get("raw_body").asString());
        assertThat(Signatures.zalo("1234567890123456789", body, "1732703000123", "test_oa_secret_not_real"))
                .isEqualTo(vector.get("headers").get("X-ZEvent-Signature").asString());
    }

    @Test
    void writesADeskRecordWithOptionalCitizenAndIsoOccurredAt() {
        JsonNode named = Json.read(DeskClient.body(new DeskClient.DeskRecord("k1", "Đường vào thôn 3 bị sụt lún",
                "Lê Văn Tư", null, Instant.parse("2024-11-27T01:00:00Z"))));
        JsonNode anonymous = Json.read(DeskClient.body(new DeskClient.DeskRecord("k2", "Hỏi thủ tục", null, null, null)));

        assertThat(named.get("text").asString()).isEqualTo("Đường vào thôn 3 bị sụt lún");
        assertThat(named.get("citizen").get("name").asString()).isEqualTo("Lê Văn Tư");
        assertThat(named.get("citizen").has("contact")).isFalse();
        assertThat(named.get("occurredAt").asString()).isEqualTo("2024-11-27T01:00:00Z");
        assertThat(anonymous.has("citizen")).isFalse();
        assertThat(anonymous.has("occurredAt")).isFalse();
    }

    @Test
    void writesAnApiMessageLeavingTheUnitOutWhenTheKeyImpliesIt() {
        JsonNode single = ApiClient.node(new ApiClient.ApiMessage("crm-42", null, "Cần sửa cầu tràn thôn 2",
                "Phạm Thị Hoa", Instant.parse("2025-01-02T03:04:05Z")));
        JsonNode shared = ApiClient.node(new ApiClient.ApiMessage("a2", "phuong-thach-thang", "Đường tối", null, null));

        assertThat(single.get("messageId").asString()).isEqualTo("crm-42");
        assertThat(single.has("unitCode")).isFalse();
        assertThat(single.get("author").get("name").asString()).isEqualTo("Phạm Thị Hoa");
        assertThat(single.get("occurredAt").asString()).isEqualTo("2025-01-02T03:04:05Z");
        assertThat(shared.get("unitCode").asString()).isEqualTo("phuong-thach-thang");
        assertThat(shared.has("author")).isFalse();
    }
}
