package vn.phananh.search.accountability;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;

/** Cursor of the public list: answeredAt and feedbackId of the last item, base64url. */
final class PublicCursor {

    private PublicCursor() {
    }

    static String encode(List<FieldValue> sort) {
        String text = sort.get(0).longValue() + "|" + sort.get(1).stringValue();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<FieldValue> decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
            return List.of(FieldValue.of(Long.parseLong(parts[0])), FieldValue.of(parts[1]));
        }
        catch (RuntimeException ex) {
            throw new IllegalArgumentException("Invalid cursor");
        }
    }
}
