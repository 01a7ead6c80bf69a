package vn.phananh.webapp.pages;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import vn.phananh.webapp.system.WebProperties;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Forwards a desk form to the ingest service ({@code POST /desk/v1/feedback}) with the signed-in
 * clerk's access token and the unit chosen, and turns its answer into an outcome the page can
 * show in Vietnamese.
 */
@Component
class DeskClient {

    private static final Logger log = LoggerFactory.getLogger(DeskClient.class);
    private static final JsonMapper json = JsonMapper.builder().build();

    private final RestClient client;
    private final java.net.URI url;

    DeskClient(WebProperties properties) {
        this.url = properties.ingest();
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        var factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.timeout());
        this.client = RestClient.builder().baseUrl(url.toString()).requestFactory(factory).build();
    }

    DeskOutcome submit(String accessToken, DeskForm form) {
        try {
            return client.post().uri("/desk/v1/feedback").contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .header("Idempotency-Key", form.idempotencyKey())
                    .headers(h -> h.setBearerAuth(accessToken))
                    .body(json.writeValueAsString(form.body()))
                    .exchange((request, response) -> outcome(response.getStatusCode(),
                            StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8)));
        }
        catch (RestClientException ex) {
            log.warn("Desk form for unit {} not delivered to {}: {}", form.unit(), url, ex.toString());
            return DeskOutcome.failed(DeskOutcome.Failure.UNAVAILABLE);
        }
    }

    private static DeskOutcome outcome(HttpStatusCode status, String body) throws IOException {
        if (status.is2xxSuccessful()) {
            return DeskOutcome.recorded(field(body, "feedbackId"), field(body, "trackingCode"));
        }
        String type = field(body, "type");
        log.warn("Desk form refused by the ingest service: {} {}", status.value(), type);
        if (status.value() == 401 || status.value() == 403) {
            return DeskOutcome.failed(DeskOutcome.Failure.ACCOUNT_REFUSED);
        }
        if (type != null && type.endsWith("idempotency-conflict")) {
            return DeskOutcome.failed(DeskOutcome.Failure.KEY_REUSED);
        }
        if (status.is4xxClientError()) {
            return DeskOutcome.failed(DeskOutcome.Failure.INVALID);
        }
        return DeskOutcome.failed(DeskOutcome.Failure.UNAVAILABLE);
    }

    private static String field(String body, String name) {
        try {
            JsonNode node = json.readTree(body).get(name);
            return node == null || node.isNull() ? null : node.asString();
        }
        catch (RuntimeException ex) {
            return null;
        }
    }

    /** What became of a desk form: recorded with its feedback id and the visitor's tracking code, or why not. */
    record DeskOutcome(String feedbackId, String trackingCode, Failure failure) {

        enum Failure {
            UNAVAILABLE("Hệ thống tiếp nhận đang tạm thời gián đoạn nên phản ánh CHƯA được ghi nhận. "
                    + "Nội dung bạn nhập vẫn còn nguyên; vui lòng bấm \"Ghi nhận\" lại sau ít phút."),
            ACCOUNT_REFUSED("Hệ thống tiếp nhận không chấp nhận tài khoản của bạn cho bộ phận một cửa của đơn vị này; "
                    + "vui lòng báo quản trị viên. Nội dung bạn nhập vẫn còn nguyên."),
            SIGNED_OUT("Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại; nội dung bạn nhập vẫn còn nguyên."),
            KEY_REUSED("Biểu mẫu này đã được dùng để gửi một nội dung khác. Hãy mở lại trang Một cửa "
                    + "để ghi nhận phản ánh mới."),
            INVALID("Hệ thống tiếp nhận không chấp nhận biểu mẫu này; vui lòng kiểm tra lại nội dung "
                    + "(không để trống, không quá dài) và thời điểm sự việc.");

            final String message;

            Failure(String message) {
                this.message = message;
            }
        }

        static DeskOutcome recorded(String feedbackId, String trackingCode) {
            return new DeskOutcome(feedbackId, trackingCode, null);
        }

        static DeskOutcome failed(Failure failure) {
            return new DeskOutcome(null, null, failure);
        }

        boolean ok() {
            return failure == null;
        }
    }
}
