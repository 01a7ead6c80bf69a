package vn.phananh.webapp.pages;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebDeskFormTest extends WebTestBase {

    @Test
    void forwardsTheFormWithTheClerksOwnTokenTheUnitAndTheIdempotencyKey() {
        ingest.answer(201, "application/json",
                "{\"feedbackId\":\"fb-desk-1\",\"trackingCode\":\"HC-7K4P-2QX9M\",\"status\":\"ACCEPTED\"}");
        WebBrowser staff = signedIn(WebTestBase.STAFF_A);
        WebBrowser.Page form = staff.get("/staff/desk");
        assertThat(form.status()).isEqualTo(200);
        String key = key(form.body());
        String text = "Ông Tư hỏi thủ tục cấp lại sổ đỏ " + key;
        int before = ingest.received().size();

        WebBrowser.Page sent = staff.submit(form, "/staff/desk", Map.of("unit", "xa-hung-cuong", "text", text,
                "name", "Lê Văn Tư", "phone", "0905123456", "address", "Thôn 2", "occurredAt", "2026-01-05T08:30",
                "idempotencyKey", key));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.locationPath()).isEqualTo("/staff/desk");
        assertThat(staff.get("/staff/desk").body()).contains("id=\"flash\"", "fb-desk-1", "Mã tra cứu cho người dân: HC-7K4P-2QX9M");

        var request = ingest.received().get(before);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/desk/v1/feedback");
        assertThat(request.header("Idempotency-Key")).isEqualTo(key);
        // The clerk's own access token of the realm, so the ingest service knows who recorded it.
        String bearer = request.header("Authorization");
        assertThat(bearer).startsWith("Bearer ");
        String claims = new String(Base64.getUrlDecoder().decode(bearer.substring(7).split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertThat(claims).contains("\"preferred_username\":\"" + WebTestBase.STAFF_A + "\"", "/units/xa-hung-cuong",
                "\"iss\":\"" + keycloak.issuer() + "\"");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.body()).contains("\"unit\":\"xa-hung-cuong\"", text, "\"name\":\"Lê Văn Tư\"", "0905123456 · Thôn 2",
                "\"occurredAt\":\"2026-01-05T01:30:00Z\"");
    }

    @Test
    void anIngestOutageShowsAFriendlyMessageAndKeepsWhatWasTyped() {
        ingest.answer(503, "application/problem+json",
                "{\"type\":\"https://phananh.vn/problems/kafka-unavailable\",\"title\":\"Service Unavailable\","
                        + "\"status\":503,\"detail\":\"Kafka did not acknowledge\"}");
        try {
            WebBrowser staff = signedIn(WebTestBase.STAFF_A);
            WebBrowser.Page form = staff.get("/staff/desk");
            String key = key(form.body());
            String text = "Đường vào thôn 3 bị sụt lún " + key;
            WebBrowser.Page failed = staff.submit(form, "/staff/desk",
                    Map.of("unit", "xa-hung-cuong", "text", text, "idempotencyKey", key));
            assertThat(failed.status()).isEqualTo(200);
            assertThat(failed.body()).contains("id=\"form-error\"", "CHƯA được ghi nhận", text, "value=\"" + key + "\"")
                    .doesNotContain("Kafka did not acknowledge", "Exception");
        }
        finally {
            ingest.answer(201, "application/json", "{\"feedbackId\":\"fb-fake\",\"status\":\"ACCEPTED\"}");
        }
    }

    @Test
    void aUnitOfAnotherStaffIsRefused() {
        WebBrowser staff = signedIn(WebTestBase.STAFF_A);
        WebBrowser.Page form = staff.get("/staff/desk");
        WebBrowser.Page refused = staff.submit(form, "/staff/desk",
                Map.of("unit", "phuong-thach-thang", "text", "Thử", "idempotencyKey", key(form.body())));
        assertThat(refused.status()).isEqualTo(403);
    }

    private static String key(String html) {
        String key = WebBrowser.attribute(WebBrowser.tags(html, "desk-idempotency-key").getFirst(), "value");
        assertThat(key).isNotBlank();
        return key;
    }
}
