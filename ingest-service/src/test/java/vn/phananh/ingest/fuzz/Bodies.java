package vn.phananh.ingest.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.phananh.testsupport.hostile.Attempt;

/**
 * Breaks a valid payload at the JSON level so that no strict parser can accept it: truncation,
 * stray tokens, invalid UTF-8, another encoding, duplicate keys, nesting past the limit of 32,
 * a root that is not an object, malformed literals and unescaped control characters.
 */
final class Bodies {

    /** A body and what was done to it. */
    record Body(String label, byte[] bytes) {
    }

    private static final List<String> BAD_LITERALS = List.of("NaN", "Infinity", "-Infinity", "'single'", "01",
            "1" + "0".repeat(70), "tru", "nul", "\"unterminated", "/*c*/1", "\"a\u0001b\"", "0x1F", "+1", ".5",
            "1.", "\"\\x41\"", "\"\\u12\"", "undefined", "[1,]", "{\"a\":1,}", "{\"a\"}", "{1:2}", "\"\\\"");

    private Bodies() {
    }

    static Body utf8(String label, String json) {
        return new Body(label, json.getBytes(StandardCharsets.UTF_8));
    }

    static Body malformed(Hostile h, Map<String, Object> tree) {
        String json = Json.write(tree);
        return switch (h.random().nextInt(12)) {
            case 0 -> utf8("truncated", json.substring(0, h.between(1, json.length() - 1)));
            case 1 -> utf8("trailing garbage", json + h.pick("x", "{}", "]", ",", "\"", "null", "/", "\u0000", "}", json));
            case 2 -> utf8("leading garbage", h.pick("x", ")]}'\n", "\u0000", "[", ",", "\"") + json);
            case 3 -> utf8("structural character dropped", drop(h, json));
            case 4 -> invalidUtf8(h, json);
            case 5 -> new Body("encoded in another charset", json.getBytes(h.otherEncoding()));
            case 6 -> duplicateKey(h, tree);
            case 7 -> nestedTooDeep(h, tree);
            case 8 -> utf8("root is not an object", h.pick("[]", "null", "1", "\"s\"", "true", "[" + json + "]", "[[]]"));
            case 9 -> badLiteral(h, tree);
            case 10 -> utf8("empty body", h.pick("", " ", "\r\n", "\t"));
            default -> utf8("raw control character in a string", insertInString(h, json, h.pick("\u0000", "\u0001", "\u001F", "\n", "\t")));
        };
    }

    private static String drop(Hostile h, String json) {
        List<Integer> positions = structural(json, ",:{}[]");
        int at = positions.get(h.random().nextInt(positions.size()));
        return json.substring(0, at) + json.substring(at + 1);
    }

    private static Body invalidUtf8(Hostile h, String json) {
        List<Integer> quotes = structural(json, "\"");
        int at = quotes.get(h.random().nextInt(quotes.size())) + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(h.invalidUtf8());
        out.writeBytes(json.substring(at).getBytes(StandardCharsets.UTF_8));
        return new Body("invalid UTF-8 in a string", out.toByteArray());
    }

    private static Body duplicateKey(Hostile h, Map<String, Object> tree) {
        List<Map<String, Object>> objects = new ArrayList<>(Json.objects(tree).stream().filter(m -> !m.isEmpty()).toList());
        Map<String, Object> target = objects.get(h.random().nextInt(objects.size()));
        return utf8("duplicate key " + target.keySet().iterator().next(), new Json().duplicatingFirstKeyOf(target).toJson(tree));
    }

    private static Body nestedTooDeep(Hostile h, Map<String, Object> tree) {
        List<Map<String, Object>> objects = Json.objects(tree);
        int depth = h.chance(0.7) ? h.between(33, 40) : h.between(41, 5_000);
        objects.get(h.random().nextInt(objects.size())).put("deep", h.nesting(depth));
        return utf8("nesting " + depth + " deep", Json.write(tree));
    }

    private static Body badLiteral(Hostile h, Map<String, Object> tree) {
        List<Map<String, Object>> objects = new ArrayList<>(Json.objects(tree).stream().filter(m -> !m.isEmpty()).toList());
        Map<String, Object> target = objects.get(h.random().nextInt(objects.size()));
        List<String> keys = new ArrayList<>(target.keySet());
        String key = keys.get(h.random().nextInt(keys.size()));
        String literal = h.pick(BAD_LITERALS);
        target.put(key, new Json.Raw(literal));
        return utf8("bad literal at " + key + ": " + Attempt.printable(literal), Json.write(tree));
    }

    /** Puts text right after the opening quote of some string, keeping the JSON otherwise intact. */
    private static String insertInString(Hostile h, String json, String inserted) {
        List<Integer> quotes = structural(json, "\"");
        int at = quotes.get(h.random().nextInt(quotes.size())) + 1;
        return json.substring(0, at) + inserted + json.substring(at);
    }

    /**
     * Positions of the given characters outside string contents; for {@code "} only opening
     * quotes, so an insertion after one lands inside a string.
     */
    static List<Integer> structural(String json, String chars) {
        List<Integer> positions = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                }
                else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            }
            if (chars.indexOf(c) >= 0) {
                positions.add(i);
            }
        }
        return positions;
    }
}
