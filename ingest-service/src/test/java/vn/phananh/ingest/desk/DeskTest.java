package vn.phananh.ingest.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.phananh.avro.Channel;
import vn.phananh.avro.RawFeedback;
import vn.phananh.ingest.support.Fixtures;
import vn.phananh.ingest.support.IngestServiceTest;
import vn.phananh.schema.FeedbackIds;

class DeskTest extends IngestServiceTest {

    private static final String PATH = "/desk/v1/feedback";
    private static final String STAFF = basic("canbo.motcua", "mat-khau-mot-cua-khong-that");
    private static final String BODY = """
            {"text":"Ông Tư phản ánh: đường vào thôn 3 bị sụt lún sau mưa.","citizen":{"name":"Lê Văn Tư","contact":"0905123456"}}""";

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> submit(String key, String body, String authorization) {
        return http.post(PATH, body, "Content-Type", "application/json", "Authorization", authorization,
                "Idempotency-Key", key);
    }

    @Test
    void recordsWhatTheVisitorSaidWithTheStaffMember() {
        String key = UUID.randomUUID().toString();

        HttpResponse<String> response = submit(key, BODY, STAFF);

        assertThat(response.statusCode()).isEqualTo(201);
        String id = FeedbackIds.of(Channel.DESK, "mot-cua-xa-hung-cuong", key);
        assertThat(Fixtures.json(response.body().getBytes(StandardCharsets.UTF_8)).get("feedbackId").stringValue()).isEqualTo(id);
        RawFeedback stored = raw().withKey(id).getFirst();
        assertThat(stored.getRecordedBy()).isEqualTo("canbo.motcua");
        assertThat(stored.getUnitCode()).isEqualTo("xa-hung-cuong");
        assertThat(stored.getAuthor().getDisplayName()).isEqualTo("Lê Văn Tư");
        assertThat(stored.getAuthor().getContact()).isEqualTo("0905123456");
        assertThat(stored.getAuthor().getAnonymous()).isFalse();
    }

    @Test
    void aDoubleSubmitStoresOneRecord() {
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = submit(key, BODY, STAFF);
        HttpResponse<String> second = submit(key, BODY, STAFF);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(raw().withKey(FeedbackIds.of(Channel.DESK, "mot-cua-xa-hung-cuong", key))).hasSize(1);
    }

    @Test
    void refusesTheSameKeyForAnotherMessage() {
        String key = UUID.randomUUID().toString();
        submit(key, BODY, STAFF);

        HttpResponse<String> conflict = submit(key, "{\"text\":\"Nội dung khác\"}", STAFF);

        assertThat(conflict.statusCode()).isEqualTo(422);
        assertThat(conflict.body()).contains("idempotency-conflict");
    }

    @Test
    void aVisitorWithoutNameIsAnonymous() {
        String key = UUID.randomUUID().toString();

        assertThat(submit(key, "{\"text\":\"Góp ý về giờ làm việc\"}", STAFF).statusCode()).isEqualTo(201);

        RawFeedback stored = raw().withKey(FeedbackIds.of(Channel.DESK, "mot-cua-xa-hung-cuong", key)).getFirst();
        assertThat(stored.getAuthor().getAnonymous()).isTrue();
        assertThat(stored.getAuthor().getDisplayName()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "Basic Y2FuYm8ubW90Y3VhOnNhaQ==", "Bearer abc" })
    void refusesMissingOrWrongCredentials(String authorization) {
        HttpResponse<String> response = authorization.isEmpty()
                ? http.post(PATH, BODY, "Content-Type", "application/json", "Idempotency-Key", "k1")
                : submit("k1", BODY, authorization);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("https://phananh.vn/problems/unauthenticated");
    }

    @Test
    void requiresAnIdempotencyKey() {
        HttpResponse<String> response = http.post(PATH, BODY, "Content-Type", "application/json", "Authorization", STAFF);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid-header");
    }

    @Test
    void requiresText() {
        HttpResponse<String> response = submit(UUID.randomUUID().toString(), "{\"text\":\"  \"}", STAFF);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid-payload").contains("text");
    }

    @Test
    void recordsForTheStaffMembersOwnUnit() {
        String key = UUID.randomUUID().toString();

        HttpResponse<String> response = submit(key, BODY, basic("canbo.thachthang", "mat-khau-phuong-khong-that"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(raw().withKey(FeedbackIds.of(Channel.DESK, "mot-cua-phuong-thach-thang", key)))
                .singleElement().extracting(RawFeedback::getUnitCode).isEqualTo("phuong-thach-thang");
    }
}
