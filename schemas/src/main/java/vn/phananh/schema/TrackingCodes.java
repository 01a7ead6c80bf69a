package vn.phananh.schema;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tracking code a citizen reads out and types to look a feedback up: a unit prefix, eight
 * characters from a keyed hash of the feedbackId and one check character, {@code HC-7K4P-2QX9M}.
 * <p>
 * The hash is HMAC-SHA256 with a secret key, so a redelivery of the same message gets the same code
 * while codes cannot be derived from ids nor enumerated in order. The alphabet has no 0, O, 1 or I.
 * The check character is a weighted sum over GF(32) with distinct non-zero weights, which catches
 * every single wrong character and every swap of two adjacent different characters (the check
 * character included). Forty bits of hash keep codes apart: among 100 000 feedback the chance that
 * two share a code is about 0.5 %, and a lookup shows every match.
 */
public final class TrackingCodes {

    /** 32 symbols: the digits 2–9 and the letters without I and O. */
    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int DATA_LENGTH = 8;
    private static final int MAX_PREFIX = 3;
    // x^5 + x^2 + 1, primitive: the powers of x run through all 31 non-zero elements of GF(32).
    private static final int POLYNOMIAL = 0b100101;
    private static final String SYMBOL = "[2-9A-HJ-NP-Z]";
    private static final Pattern SHAPE = Pattern.compile(
            "([A-Z]{1," + MAX_PREFIX + "})-?(" + SYMBOL + "{4})-?(" + SYMBOL + "{5})");

    private final SecretKeySpec key;

    /** {@code key} is the deployment's secret: anyone who knows it can compute codes from ids. */
    public TrackingCodes(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A tracking-code key is required");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The code of a feedback of a unit; the same arguments always give the same code. */
    public String codeOf(String unitCode, String feedbackId) {
        byte[] hash = hmac(feedbackId);
        long bits = 0;
        for (int i = 0; i < 5; i++) {
            bits = bits << 8 | (hash[i] & 0xFF);
        }
        int[] data = new int[DATA_LENGTH];
        for (int i = DATA_LENGTH - 1; i >= 0; i--) {
            data[i] = (int) (bits & 31);
            bits >>>= 5;
        }
        StringBuilder code = new StringBuilder(prefixOf(unitCode)).append('-');
        for (int i = 0; i < DATA_LENGTH; i++) {
            code.append(ALPHABET.charAt(data[i]));
            if (i == 3) {
                code.append('-');
            }
        }
        return code.append(ALPHABET.charAt(check(data))).toString();
    }

    /**
     * The unit's prefix: the initials of its code's words after the kind of unit
     * ({@code xa-hung-cuong} → {@code HC}, {@code phuong-thach-thang} → {@code TT}).
     */
    public static String prefixOf(String unitCode) {
        String[] words = unitCode.toLowerCase(Locale.ROOT).split("-");
        int first = 0;
        while (first < words.length - 1 && isKindWord(words[first])) {
            first++;
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = first; i < words.length && prefix.length() < MAX_PREFIX; i++) {
            char c = words[i].isEmpty() ? ' ' : words[i].charAt(0);
            if (c >= 'a' && c <= 'z') {
                prefix.append((char) (c - 'a' + 'A'));
            }
        }
        return prefix.isEmpty() ? "PA" : prefix.toString();
    }

    private static boolean isKindWord(String word) {
        return switch (word) {
            case "xa", "phuong", "thi", "tran", "dac", "khu" -> true;
            default -> false;
        };
    }

    /** What a typed code is: well-formed with a right check character, or why not. */
    public sealed interface Parsed {
        /** A code of the right shape whose check character fits; {@code code} in its one written form. */
        record Valid(String code) implements Parsed {
        }

        /** Not the shape of a code (wrong length, a character outside the alphabet). */
        record Malformed() implements Parsed {
        }

        /** The right shape, but the check character does not fit: a character was mistyped. */
        record WrongCheck() implements Parsed {
        }
    }

    /**
     * Reads what a person typed: case, spaces and missing hyphens do not matter
     * ({@code hc 7k4p 2qx9m} is {@code HC-7K4P-2QX9M}).
     */
    public static Parsed parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return new Parsed.Malformed();
        }
        String compact = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s]+", "");
        Matcher m = SHAPE.matcher(compact);
        if (!m.matches()) {
            return new Parsed.Malformed();
        }
        String symbols = m.group(2) + m.group(3);
        int[] data = new int[DATA_LENGTH];
        for (int i = 0; i < DATA_LENGTH; i++) {
            data[i] = ALPHABET.indexOf(symbols.charAt(i));
        }
        if (ALPHABET.charAt(check(data)) != symbols.charAt(DATA_LENGTH)) {
            return new Parsed.WrongCheck();
        }
        return new Parsed.Valid(m.group(1) + '-' + m.group(2) + '-' + m.group(3));
    }

    /** The canonical code when {@code typed} is a valid one. */
    public static Optional<String> canonical(String typed) {
        return parse(typed) instanceof Parsed.Valid valid ? Optional.of(valid.code()) : Optional.empty();
    }

    /**
     * The check symbol c with sum(w_i * d_i) + w_n * c = 0 over GF(32), where w_i = x^(i+1): all
     * weights differ and are non-zero, so a single change or an adjacent swap moves the sum off zero.
     */
    static int check(int[] data) {
        int sum = 0;
        for (int i = 0; i < data.length; i++) {
            sum ^= multiply(power(i + 1), data[i]);
        }
        // In characteristic 2, -sum = sum; divide by the check position's weight.
        return multiply(sum, inverse(power(data.length + 1)));
    }

    static int multiply(int a, int b) {
        int product = 0;
        while (b != 0) {
            if ((b & 1) != 0) {
                product ^= a;
            }
            b >>= 1;
            a <<= 1;
            if ((a & 32) != 0) {
                a ^= POLYNOMIAL;
            }
        }
        return product;
    }

    private static int power(int exponent) {
        int result = 1;
        for (int i = 0; i < exponent; i++) {
            result = multiply(result, 2);
        }
        return result;
    }

    private static int inverse(int a) {
        // a^30 = a^-1 in GF(32), as a^31 = 1.
        int result = 1;
        for (int i = 0; i < 30; i++) {
            result = multiply(result, a);
        }
        return result;
    }

    private byte[] hmac(String feedbackId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(feedbackId.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
        }
    }
}
