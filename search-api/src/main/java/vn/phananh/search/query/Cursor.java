package vn.phananh.search.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;

/** The opaque page cursor: the sort values of the last hit, typed, base64url-encoded. */
public final class Cursor {

    private Cursor() {
    }

    public static String encode(List<FieldValue> sortValues) {
        StringBuilder out = new StringBuilder();
        for (FieldValue v : sortValues) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(switch (v._kind()) {
                case Long -> "l" + v.longValue();
                case Double -> "d" + v.doubleValue();
                case Boolean -> "b" + v.booleanValue();
                case Null -> "n";
                case String -> "s" + v.stringValue();
                default -> "s" + v._toJsonString();
            });
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static List<FieldValue> decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<FieldValue> values = new ArrayList<>();
            for (String part : text.split("\n", -1)) {
                values.add(value(part));
            }
            return values;
        }
        catch (RuntimeException ex) {
            throw new IllegalArgumentException("Invalid cursor");
        }
    }

    /**
     * Decodes a cursor that must fit the sort it continues: one value per sort field, each of the
     * kind that field sorts by ({@code Double} accepts any finite number). A forged cursor is
     * refused here rather than by Elasticsearch.
     */
    public static List<FieldValue> decode(String cursor, List<FieldValue.Kind> shape) {
        List<FieldValue> values = decode(cursor);
        if (values.size() != shape.size()) {
            throw new IllegalArgumentException("Invalid cursor");
        }
        for (int i = 0; i < shape.size(); i++) {
            FieldValue value = values.get(i);
            boolean fits = shape.get(i) == FieldValue.Kind.Double
                    ? value.isLong() || value.isDouble() && Double.isFinite(value.doubleValue())
                    : value._kind() == shape.get(i);
            if (!fits) {
                throw new IllegalArgumentException("Invalid cursor");
            }
        }
        return values;
    }

    private static FieldValue value(String part) {
        String body = part.substring(1);
        return switch (part.charAt(0)) {
            case 'l' -> FieldValue.of(Long.parseLong(body));
            case 'd' -> FieldValue.of(Double.parseDouble(body));
            case 'b' -> FieldValue.of(Boolean.parseBoolean(body));
            case 'n' -> FieldValue.NULL;
            case 's' -> FieldValue.of(body);
            default -> throw new IllegalArgumentException("Invalid cursor");
        };
    }
}
