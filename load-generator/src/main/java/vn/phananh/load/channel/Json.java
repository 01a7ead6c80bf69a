package vn.phananh.load.channel;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the load generator, and null-safe reads of optional fields. */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static byte[] bytes(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    public static JsonNode read(byte[] body) {
        return MAPPER.readTree(body);
    }

    /** The string at {@code field}, or null when it is absent, null or not a string. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    /** The number at {@code field}, or {@code fallback}. */
    public static long number(JsonNode node, String field, long fallback) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isNumber() ? value.asLong() : fallback;
    }

    /**
     * JSON text with every non-ASCII character written as a lowercase {@code \\uXXXX} escape, the
     * way Meta serialises its webhook bodies (and signs the escaped bytes). Outside strings JSON
     * holds only ASCII, so escaping character by character is safe.
     */
    public static String escapeNonAscii(String json) {
        StringBuilder out = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c < 0x80) {
                out.append(c);
            }
            else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    private Json() {
    }
}
