package vn.phananh.ingest.facebook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Meta's webhook signature: HMAC of the exact raw body bytes keyed with the app secret,
 * sent as {@code X-Hub-Signature-256: sha256=<hex>}. The legacy {@code X-Hub-Signature: sha1=<hex>}
 * is consulted only when the SHA-256 header is absent. Comparison is constant-time.
 */
final class FacebookSignatures {

    private final byte[] appSecret;

    FacebookSignatures(String appSecret) {
        this.appSecret = appSecret.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the headers sign exactly these bytes. */
    boolean verify(byte[] body, String sha256Header, String sha1Header) {
        if (sha256Header != null) {
            return matches(body, sha256Header, "sha256=", "HmacSHA256");
        }
        return sha1Header != null && matches(body, sha1Header, "sha1=", "HmacSHA1");
    }

    private boolean matches(byte[] body, String header, String prefix, String algorithm) {
        String value = header.trim();
        if (!value.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(value.substring(prefix.length()));
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
        return MessageDigest.isEqual(hmac(algorithm, body), given);
    }

    private byte[] hmac(String algorithm, byte[] body) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(appSecret, algorithm));
            return mac.doFinal(body);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(algorithm + " is not available", ex);
        }
    }
}
