package vn.phananh.outbox.channel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Graph API's {@code appsecret_proof}: the lower-case hex HMAC-SHA256 of the access token keyed
 * with the app secret (developers.facebook.com/docs/graph-api/guides/secure-requests), sent with
 * every call so a stolen page token is useless without the app secret.
 */
public final class AppSecretProof {

    public static String of(String accessToken, String appSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(accessToken.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
        }
    }

    private AppSecretProof() {
    }
}
