package vn.phananh.ingest.zalo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import vn.phananh.ingest.account.ZaloAccount;

/**
 * Checks Zalo's {@code X-ZEvent-Signature}: {@code mac=} + lowercase hex of plain SHA-256 (not
 * HMAC) over app id + the raw body bytes + the body's {@code timestamp} + the OA secret key. The
 * body is hashed as received, never re-serialised; the header may come with or without
 * {@code mac=}. Comparison is constant-time.
 */
final class ZaloSignatures {

    private static final String PREFIX = "mac=";

    /** Whether the header signs exactly this body for the account. */
    static boolean verify(ZaloAccount account, byte[] body, String timestamp, String header) {
        if (header == null || timestamp == null) {
            return false;
        }
        String value = header.trim();
        if (value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            value = value.substring(PREFIX.length());
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(value);
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
        return MessageDigest.isEqual(mac(account, body, timestamp), given);
    }

    /** The expected MAC, as bytes. */
    static byte[] mac(ZaloAccount account, byte[] body, String timestamp) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(account.appId().getBytes(StandardCharsets.UTF_8));
            sha256.update(body);
            sha256.update(timestamp.getBytes(StandardCharsets.UTF_8));
            sha256.update(account.secretKey().getBytes(StandardCharsets.UTF_8));
            return sha256.digest();
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is not available", ex);
        }
    }

    private ZaloSignatures() {
    }
}
