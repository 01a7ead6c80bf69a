package vn.phananh.search.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import vn.phananh.testsupport.hostile.HostileInput;

/**
 * Hostile query values for the search API, on top of the shared generators: Lucene and
 * Elasticsearch query syntax, JSON and script fragments, numbers and dates out of range, forged
 * cursors.
 */
final class Hostile extends HostileInput {

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

    /** Words of free-text queries, with and without diacritics. */
    private static final List<String> WORDS = List.of("đường", "ngập", "nước", "điện", "mất", "rác", "thôn", "xã",
            "phường", "cống", "hỏng", "sụt", "lún", "cầu", "đèn", "ồn", "khiếu", "nại", "sổ", "đỏ", "Hưng", "Cường",
            "Thạch", "Thang", "duong", "ngap", "nuoc");

    Hostile(long seed) {
        super(seed);
    }

    /** A free-text query: syntax, injections, many words, long runs, or plain text. */
    String query() {
        return switch (random().nextInt(8)) {
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
            out.append(chance(0.5) ? pick(WORDS) : Long.toString(random().nextLong(100_000), 36)).append(' ');
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
        String forged = String.join("\n", switch (random().nextInt(9)) {
            case 0 -> List.of("l" + random().nextLong(), "s" + text(1, 10));
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
        return switch (random().nextInt(6)) {
            case 0 -> pick("", " ", "%%%", "!!!", "====", "a", "\u00e9");
            case 1 -> Base64.getEncoder().encodeToString(bytes);
            case 2 -> "A".repeat(between(1, 6_000));
            case 3 -> Base64.getUrlEncoder().withoutPadding().encodeToString((random().nextLong() + "|" + injection())
                    .getBytes(StandardCharsets.UTF_8));
            default -> Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        };
    }
}
