package vn.phananh.testsupport.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generators of hostile and of plausible values, all driven by one seeded random source so that a
 * failing try is reproduced from its seed alone. Each service's suite extends it with what is
 * hostile to its own entrances (JSON shapes for the ingest service, query syntax for search).
 */
public class HostileInput {

    /** Strings that have broken parsers, paths, templates, logs and terminals somewhere. */
    public static final List<String> INJECTIONS = List.of("../../../../etc/passwd", "..\\..\\windows\\win.ini",
            "%2e%2e%2f%2e%2e%2f", "%00", "\u0000", "a\u0000b", "' OR '1'='1", "\"; DROP TABLE feedback; --",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1:1/a}", "{{7*7}}", "#{7*7}", "%s%s%s%n",
            "\u202Egnp.exe", "\uFEFF", "\u200B\u200C\u200D\u2060", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "🇻🇳👨‍👩‍👧‍👦", "e\u0301\u0302\u0323\u0309",
            "Z\u0338\u0322\u035A\u0344a\u0334\u033A\u0350", "null", "undefined", "NaN", "-0", "1e999", "[]", "{}",
            "\"", "\\", "/", "*", "?", "#", "&", "=", "+", ";", "|", "`id`", "$(id)", "\u0085", "\u2028\u2029",
            "\u00A0", "\u3000", "ｓｈａ２５６", "İı", "ß", "\uFFFF", "\uD800\uDC00", "¯\\_(ツ)_/¯", "\t", "\r\n");

    /** Vietnamese words, precomposed; {@link #text} decomposes some of them into combining marks. */
    private static final List<String> WORDS = List.of("đường", "ngập", "nước", "điện", "mất", "rác", "thải", "thôn",
            "xã", "phường", "cống", "hỏng", "sụt", "lún", "cầu", "tràn", "đèn", "chiếu", "sáng", "ồn", "ào",
            "khiếu", "nại", "đề", "nghị", "giải", "quyết", "sổ", "đỏ", "thủ", "tục", "Hưng", "Cường", "Thạch",
            "Thang", "ủy", "ban", "nhân", "dân", "trường", "học", "bệnh", "viện", "ô", "nhiễm", "khói", "bụi");
    private static final List<String> EMOJI = List.of("🚧", "💧", "😡", "👍🏽", "👨‍👩‍👧", "🏚️", "⚡", "🇻🇳", "🙏");
    private static final List<String> INVISIBLE = List.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD");

    /** Byte sequences that are not UTF-8: bad leads, lone continuations, overlongs, surrogates, > U+10FFFF. */
    public static final List<byte[]> INVALID_UTF8 = List.of(bytes(0xC3, 0x28), bytes(0xFF), bytes(0xFE), bytes(0x80),
            bytes(0xC0, 0x80), bytes(0xC1, 0xBF), bytes(0xE0, 0x80, 0xAF), bytes(0xED, 0xA0, 0x80),
            bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF8, 0x88, 0x80, 0x80, 0x80), bytes(0xE2, 0x28, 0xA1),
            bytes(0xF0, 0x28, 0x8C, 0xBC), bytes(0xE1, 0xBB));

    private final SplittableRandom random;
    private final long seed;

    protected HostileInput(long seed) {
        this.random = new SplittableRandom(seed);
        this.seed = seed;
    }

    /** The label prefix of a try: its seed, to replay it alone with {@code -Dphananh.fuzz.case}. */
    public String seed() {
        return "seed=" + seed;
    }

    @Override
    public String toString() {
        return seed();
    }

    public SplittableRandom random() {
        return random;
    }

    public int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    public final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** A hostile string: an injection, a mix of them, or a long run of one. */
    public String injection() {
        return switch (random.nextInt(4)) {
            case 0 -> pick(INJECTIONS);
            case 1 -> pick(INJECTIONS) + text(1, 30) + pick(INJECTIONS);
            case 2 -> pick(INJECTIONS).repeat(between(2, 200));
            default -> id() + pick(INJECTIONS);
        };
    }

    /** Vietnamese-ish text between min and max UTF-16 units, with decomposed diacritics, emoji and invisible characters. */
    public String text(int min, int max) {
        int target = between(min, max);
        StringBuilder out = new StringBuilder();
        while (out.length() < target) {
            String word = pick(WORDS);
            if (chance(0.3)) {
                word = Normalizer.normalize(word, Normalizer.Form.NFD);
            }
            if (chance(0.05)) {
                word = word.toUpperCase(Locale.ROOT);
            }
            out.append(word);
            if (chance(0.08)) {
                out.append(pick(EMOJI));
            }
            if (chance(0.08)) {
                out.append(pick(INVISIBLE));
            }
            out.append(chance(0.1) ? pick(", ", ". ", "\n", "  ", "\t") : " ");
        }
        String text = cut(out.toString(), target).strip();
        return text.isEmpty() || text.chars().allMatch(Character::isWhitespace) ? "ngập" : text;
    }

    /** A channel id: digits, or visible ASCII with dashes and underscores. */
    public String id() {
        return switch (random.nextInt(3)) {
            case 0 -> Long.toString(random.nextLong(1, Long.MAX_VALUE));
            case 1 -> "m_" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "-" + random.nextInt(1_000_000);
            default -> Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "_" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        };
    }

    /** A string of exactly {@code length} UTF-16 units, built from a short hostile or Vietnamese run. */
    public String giant(int length) {
        String unit = chance(0.5) ? text(5, 40) : pick(INJECTIONS) + "x";
        StringBuilder out = new StringBuilder(length + unit.length());
        while (out.length() < length) {
            out.append(unit);
        }
        String exact = cut(out.toString(), length);
        return exact.length() < length ? exact + "a" : exact;
    }

    public byte[] invalidUtf8() {
        return pick(INVALID_UTF8);
    }

    /** Valid JSON text in an encoding other than UTF-8, which the services must refuse. */
    public Charset otherEncoding() {
        return pick(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16,
                Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE"));
    }

    /** A header value with no CR or LF (those would add headers of our choosing and make the case ambiguous). */
    public String headerValue() {
        String value = chance(0.5) ? injection() : text(1, 40);
        return value.replace("\r", "").replace("\n", "").replace("\u0085", "");
    }

    /** Cuts at a character count without splitting a surrogate pair. */
    public static String cut(String s, int length) {
        if (s.length() <= length) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(length - 1)) ? length - 1 : length;
        return s.substring(0, end);
    }

    public static byte[] bytes(int... values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int v : values) {
            out.write(v);
        }
        return out.toByteArray();
    }
}
