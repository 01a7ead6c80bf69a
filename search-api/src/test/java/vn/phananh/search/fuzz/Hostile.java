package vn.phananh.search.fuzz;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generators of hostile query values, driven by one seeded random source so that a failing try
 * is replayed from its seed alone: injections, Lucene and Elasticsearch query syntax, JSON and
 * script fragments, numbers and dates out of range, forged cursors, and Vietnamese text.
 */
final class Hostile {

    static final List<String> INJECTIONS = List.of("../../../../etc/passwd", "%2e%2e%2f", "\u0000", "a\u0000b",
            "' OR '1'='1", "\"; DROP TABLE feedback; --", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1:1/a}",
            "{{7*7}}", "#{7*7}", "%s%s%s%n", "\u202Egnp.exe", "\uFEFF", "\u200B\u200C\u200D\u2060", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
            "🇻🇳👨‍👩‍👧‍👦", "e\u0301\u0302\u0323\u0309", "null", "undefined", "NaN", "-0", "1e999", "[]", "{}", "\"", "\\",
            "/", "*", "?", "#", "&", "=", "+", ";", "|", "\u2028\u2029", "\u00A0", "\u3000", "İı", "ß", "\uFFFF", "\t", "\r\n");

    /** Query-string syntax, Elasticsearch DSL and script fragments that must be taken as plain words. */
    static final List<String> QUERY_SYNTAX = List.of("*", "*:*", "?", "unitCode:phuong-thach-thang",
            "unitCode:* OR unitCode:phuong-thach-thang", "_exists_:author", "author.contact:*", "NOT unitCode:xa-hung-cuong",
            "a AND (b OR", "(((((((((((", ")))))", "\"unterminated", "\\", "/.*/", "/[a-z]+{1,99999}/", "field:[* TO *]",
            "receivedAt:[now-100y TO now]", "a~10", "a^1000", "+-&&||!(){}[]^\"~*?:\\/", "đường~ ngập~2 ^3",
            "{\"match_all\":{}}", "{\"script\":{\"source\":\"Math.random()\"}}", "\"},{\"term\":{\"unitCode\":\"phuong-thach-thang\"}}",
            "{\"query\":{\"bool\":{\"should\":[{\"match_all\":{}}]}}}", "doc['unitCode'].value", "ctx._source.unitCode",
            "params._source", "Debug.explain(1)", "System.exit(0)", "'; while(true){}", "{{#toJson}}_source{{/toJson}}",
            "_id:*", "_index:*", "foldedText:duong AND unitCode:phuong-thach-thang", "\\u0000", "%00", "%", "%zz",
            "\"\"\"\"\"", "''", "`", "-", "--", "+", "!", "~", "^", "&&", "||", "OR", "AND", "NOT", "TO");

    private static final List<String> WORDS = List.of("đường", "ngập", "nước", "điện", "mất", "rác", "thôn", "xã",
            "phường", "cống", "hỏng", "sụt", "lún", "cầu", "đèn", "ồn", "khiếu", "nại", "sổ", "đỏ", "Hưng", "Cường",
            "Thạch", "Thang", "duong", "ngap", "nuoc");

    private final SplittableRandom random;
    private final long seed;

    Hostile(long seed) {
        this.random = new SplittableRandom(seed);
        this.seed = seed;
    }

    /** The label prefix of a try: its seed, to replay it alone with {@code -Dphananh.fuzz.case}. */
    String seed() {
        return "seed=" + seed;
    }

    @Override
    public String toString() {
        return seed();
    }

    SplittableRandom random() {
        return random;
    }

    int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    String injection() {
        return switch (random.nextInt(4)) {
            case 0 -> pick(INJECTIONS);
            case 1 -> pick(INJECTIONS) + text(1, 30) + pick(INJECTIONS);
            case 2 -> pick(INJECTIONS).repeat(between(2, 100));
            default -> pick(QUERY_SYNTAX);
        };
    }

    /** Vietnamese words, some decomposed into combining marks. */
    String text(int min, int max) {
        int target = between(min, max);
        StringBuilder out = new StringBuilder();
        while (out.length() < target) {
            String word = pick(WORDS);
            out.append(chance(0.3) ? Normalizer.normalize(word, Normalizer.Form.NFD) : word).append(' ');
        }
        return out.toString().strip();
    }

    /** A free-text query: syntax, injections, many words, long runs, or plain text. */
    String query() {
        return switch (random.nextInt(8)) {
            case 0, 1 -> pick(QUERY_SYNTAX);
            case 2 -> pick(QUERY_SYNTAX) + " " + text(1, 20) + " " + pick(QUERY_SYNTAX);
            case 3 -> injection();
            case 4 -> manyWords(between(50, 1_200));
            case 5 -> "a".repeat(between(200, 3_000));
            case 6 -> pick("~", "*", "?", "\\").repeat(between(1, 500));
            default -> text(1, 60);
        };
    }

    private String manyWords(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(chance(0.5) ? pick(WORDS) : Long.toString(random.nextLong(100_000), 36)).append(' ');
        }
        return out.toString();
    }

    String number() {
        return pick("-1", "0", "1", "100", "101", "500", "501", "2147483647", "2147483648", "-2147483649",
                "99999999999999999999", "1e3", "1.5", "NaN", "Infinity", "0x10", "", " ", "١٢", "+5", "٣");
    }

    String bool() {
        return pick("true", "false", "TRUE", "1", "0", "yes", "on", "maybe", "", "null", "tru");
    }

    String instant() {
        return pick("2025-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2100-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
                "-999999999-01-01T00:00:00Z", "+1000000000-12-31T23:59:59.999999999Z", "+999999999-12-31T23:59:59Z",
                "2025-13-01T00:00:00Z", "2025-02-30T00:00:00Z", "2025-01-01", "2025-01-01T00:00:00+07:00", "hôm qua", "now",
                "now-1d", "0", "-1", "1735689600000", "1e20", "", "T", "2025-01-01T00:00:00.123456789Z",
                "1900-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "-0001-01-01T00:00:00Z");
    }

    /** A cursor: forged from the encoding the API uses, or garbage. */
    String cursor() {
        String forged = String.join("\n", switch (random.nextInt(9)) {
            case 0 -> List.of("l" + random.nextLong(), "s" + text(1, 10));
            case 1 -> List.of("d" + pick("NaN", "Infinity", "-0.0", "1e308"), "sabc");
            case 2 -> List.of("s" + injection(), "s" + injection());
            case 3 -> List.of("l99999999999999999999", "sx");
            case 4 -> List.of("n", "n", "n", "n");
            case 5 -> List.of("b" + bool(), "sx");
            case 6 -> List.of("x", "");
            case 7 -> List.of("l1");
            default -> List.of("l1", "l2", "l3", "sx", "sy");
        });
        byte[] bytes = forged.getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(6)) {
            case 0 -> pick("", " ", "%%%", "!!!", "====", "a", "\u00e9");
            case 1 -> Base64.getEncoder().encodeToString(bytes);
            case 2 -> "A".repeat(between(1, 6_000));
            case 3 -> Base64.getUrlEncoder().withoutPadding().encodeToString((random.nextLong() + "|" + injection())
                    .getBytes(StandardCharsets.UTF_8));
            default -> Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        };
    }
}
