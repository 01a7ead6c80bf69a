package vn.phananh.load.demo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Deterministic values derived from a key (a corpus id and a purpose): ids in each channel's own
 * format, and uniform fractions for choices, so the same corpus line always becomes the same
 * message and a re-run duplicates nothing.
 */
final class Hashes {

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is not available", ex);
        }
    }

    /** A uniform fraction in [0, 1). */
    static double fraction(String key) {
        long bits = ByteBuffer.wrap(sha256(key)).getLong() >>> 11;
        return bits / (double) (1L << 53);
    }

    /** A number of exactly {@code digits} decimal digits (no leading zero), as a string. */
    static String digits(String key, int digits) {
        long low = (long) Math.pow(10, digits - 1);
        long span = 9 * low;
        long bits = ByteBuffer.wrap(sha256(key)).getLong() & Long.MAX_VALUE;
        return Long.toString(low + bits % span);
    }

    static String hex(String key, int length) {
        return HexFormat.of().formatHex(sha256(key)).substring(0, length);
    }

    static String base64Url(String key, int length) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(key)).substring(0, length);
    }

    static <T> T pick(String key, List<T> values) {
        return values.get((int) (fraction(key) * values.size()));
    }

    private Hashes() {
    }
}
