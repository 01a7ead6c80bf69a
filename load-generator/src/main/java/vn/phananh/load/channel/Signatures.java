package vn.phananh.load.channel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The signatures Meta and Zalo put on their webhook calls, over the exact bytes that are sent. */
public final class Signatures {

    /** {@code X-Hub-Signature-256}: {@code sha256=} and the hex HMAC-SHA256 of the body keyed with the app secret. */
    public static String facebook(String appSecret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 is not available", ex);
        }
    }

    /**
     * {@code X-ZEvent-Signature}: {@code mac=} and the hex plain SHA-256 (not an HMAC) of app id,
     * body, the body's {@code timestamp} and the OA secret key, concatenated.
     */
    public static String zalo(String appId, byte[] body, String timestamp, String oaSecretKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(appId.getBytes(StandardCharsets.UTF_8));
            sha256.update(body);
            sha256.update(timestamp.getBytes(StandardCharsets.UTF_8));
            sha256.update(oaSecretKey.getBytes(StandardCharsets.UTF_8));
            return "mac=" + HexFormat.of().formatHex(sha256.digest());
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("SHA-256 is not available", ex);
        }
    }

    private Signatures() {
    }
}
