package vn.phananh.ingest.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Computes channel signatures the way Meta and Zalo do, with the default (fake) secrets. */
public final class Signing {

    public static final String FB_APP_SECRET = "test_app_secret_not_real";
    public static final String ZALO_APP_ID = "1234567890123456789";
    public static final String ZALO_OA = "4024926008133882615";
    public static final String ZALO_SECRET = "test_oa_secret_not_real";
    public static final String ZALO_OA_2 = "5024926008133882616";
    public static final String ZALO_SECRET_2 = "test_oa_secret_two_not_real";

    public static String facebook(byte[] body) {
        return "sha256=" + hmac("HmacSHA256", body);
    }

    public static String facebookSha1(byte[] body) {
        return "sha1=" + hmac("HmacSHA1", body);
    }

    public static String zalo(byte[] body, String timestamp, String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ZALO_APP_ID.getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            sha.update(timestamp.getBytes(StandardCharsets.UTF_8));
            sha.update(secret.getBytes(StandardCharsets.UTF_8));
            return "mac=" + HexFormat.of().formatHex(sha.digest());
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Signs a Zalo body with the timestamp taken from the body, for the default OA. */
    public static String zalo(byte[] body) {
        return zalo(body, Fixtures.json(body).get("timestamp").asString(), ZALO_SECRET);
    }

    private static String hmac(String algorithm, byte[] body) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(FB_APP_SECRET.getBytes(StandardCharsets.UTF_8), algorithm));
            return HexFormat.of().formatHex(mac.doFinal(body));
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private Signing() {
    }
}
