package vn.phananh.ingest.fuzz;

import java.time.Instant;
import java.util.Map;

import vn.phananh.ingest.support.Signing;

/**
 * Valid payloads of each entrance, as trees a generator can then break, and the accounts and
 * credentials of the development configuration the tests run with.
 */
final class Payloads {

    static final String PAGE = "104729385610293";
    static final String OA = Signing.ZALO_OA;
    static final String DESK_ID = "mot-cua-xa-hung-cuong";
    /** The desk's former HTTP Basic account: it must not work any more. */
    static final String DESK_USER = "canbo.motcua";
    static final String DESK_PASSWORD = "mat-khau-mot-cua-khong-that";
    static final String API_KEY = "pa_test_key_not_real_xa_hung_cuong";
    static final String API_KEY_ID = "tong-dai-1022";
    static final String FACEBOOK = "/webhooks/facebook";
    static final String ZALO = "/webhooks/zalo";
    static final String DESK = "/desk/v1/feedback";
    static final String API = "/api/v1/messages";
    static final String BATCH = "/api/v1/messages/batch";

    private Payloads() {
    }

    static Map<String, Object> messenger(String mid, String text, long timestamp) {
        return Json.object("object", "page", "entry", Json.array(Json.object("id", PAGE, "time", timestamp,
                "messaging", Json.array(Json.object("sender", Json.object("id", "2719384756102938"),
                        "recipient", Json.object("id", PAGE), "timestamp", timestamp,
                        "message", Json.object("mid", mid, "text", text))))));
    }

    static Map<String, Object> feedComment(String commentId, String text, long createdTime) {
        String postId = PAGE + "_122145556677889900";
        return Json.object("object", "page", "entry", Json.array(Json.object("id", PAGE, "time", createdTime,
                "changes", Json.array(Json.object("field", "feed", "value", Json.object("item", "comment", "verb", "add",
                        "comment_id", commentId, "post_id", postId, "parent_id", postId,
                        "from", Json.object("id", "7391827364519283", "name", "Nguyễn Văn An"),
                        "message", text, "created_time", createdTime))))));
    }

    static Map<String, Object> zalo(String msgId, String text, String timestamp) {
        return Json.object("app_id", Signing.ZALO_APP_ID, "sender", Json.object("id", "8958041078911298472"),
                "user_id_by_app", "7300442764876318465", "recipient", Json.object("id", OA),
                "event_name", "user_send_text", "message", Json.object("text", text, "msg_id", msgId),
                "timestamp", timestamp);
    }

    static Map<String, Object> desk(String text, String citizen) {
        return Json.object("text", text, "citizen", Json.object("name", citizen, "contact", "0905123456"),
                "occurredAt", Instant.now().minusSeconds(3600).toString());
    }

    static Map<String, Object> api(String messageId, String text) {
        return Json.object("messageId", messageId, "text", text, "author", Json.object("name", "Phạm Thị Hoa"),
                "attachments", Json.array(Json.object("type", "LOCATION", "latitude", 16.07, "longitude", 108.22)));
    }

    /** The desk device's own token of the run's realm (cached until shortly before it expires). */
    static String deskAuthorization() {
        return "Bearer " + vn.phananh.testsupport.RealServices.keycloak().deskToken("xa-hung-cuong");
    }

    /** The supervisor's claims under the signature of the desk's token: the realm's key did not sign this. */
    static String forgedDeskToken() {
        String[] supervisor = vn.phananh.testsupport.RealServices.keycloak().accessToken("supervisor").split("\\.");
        String[] desk = deskAuthorization().substring(7).split("\\.");
        return "Bearer " + supervisor[0] + "." + supervisor[1] + "." + desk[2];
    }

    static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
