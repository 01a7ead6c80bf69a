package vn.phananh.webapp.pages;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.format.annotation.DateTimeFormat;

import vn.phananh.schema.FeedbackClock;

/**
 * The one-stop desk form: what the visitor said, who they are if they want to say, and when it
 * happened. {@code idempotencyKey} is drawn when the form is shown and travels in a hidden field,
 * so a double submit (or a retry after an error) records one message.
 */
record DeskForm(String unit, String text, String name, String phone, String address,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt, String idempotencyKey) {

    static final int MAX_TEXT = 20_000;
    static final int MAX_FIELD = 256;

    static DeskForm blank(String unit) {
        return new DeskForm(unit, null, null, null, null, null, "desk-" + UUID.randomUUID());
    }

    /** What is wrong with the form, in Vietnamese; null when it can be sent. */
    String problem() {
        if (text == null || text.isBlank()) {
            return "Vui lòng nhập nội dung phản ánh.";
        }
        if (text.length() > MAX_TEXT) {
            return "Nội dung dài quá 20.000 ký tự.";
        }
        if (length(name) > MAX_FIELD || length(contact()) > MAX_FIELD) {
            return "Họ tên, số điện thoại và địa chỉ mỗi mục tối đa 256 ký tự.";
        }
        if (idempotencyKey == null || !idempotencyKey.matches("[\\x21-\\x7E]{1,128}")) {
            return "Biểu mẫu đã cũ; vui lòng tải lại trang.";
        }
        return null;
    }

    /** The ingest desk body: the unit, text, citizen name and contact (phone and address), occurredAt. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unit", unit);
        body.put("text", text.strip());
        String contact = contact();
        if (!isBlank(name) || contact != null) {
            Map<String, String> citizen = new LinkedHashMap<>();
            citizen.put("name", isBlank(name) ? null : name.strip());
            citizen.put("contact", contact);
            body.put("citizen", citizen);
        }
        if (occurredAt != null) {
            Instant at = occurredAt.atZone(FeedbackClock.UNIT_ZONE).toInstant();
            body.put("occurredAt", at.toString());
        }
        return body;
    }

    /** Phone and address in the one contact field the desk API has; null when neither is given. */
    String contact() {
        String joined = Stream.of(phone, address).filter(v -> !isBlank(v)).map(String::strip)
                .collect(Collectors.joining(" · "));
        return joined.isEmpty() ? null : joined;
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
