package vn.phananh.webapp.pages;

import java.util.Locale;

import vn.phananh.pages.Labels;
import vn.phananh.webapp.api.Pages;

/**
 * The sentence a supervisor reads for an alert, worded from what the processor put in it (type,
 * topic, feedback id, place, counts, times) in Vietnamese and in the units' time. The alert's own
 * summary is for logs and tools; an alert of a type this page does not know yet falls back to it.
 */
final class AlertWording {

    private static final Locale VIETNAMESE = Locale.of("vi", "VN");

    static String sentence(Pages.AlertView a, Labels labels) {
        String topic = labels.topic(a.topic() == null ? "OTHER" : a.topic());
        String place = a.placeName() == null ? "" : " tại " + a.placeName();
        return switch (a.type()) {
            case "URGENT" -> "Phản ánh khẩn cấp về " + topic + place + " (mã " + a.feedbackId()
                    + "), cần xử lý ngay trong ngày.";
            case "OVERDUE" -> "Phản ánh mã " + a.feedbackId() + " về " + topic + place + " đã quá hạn trả lời"
                    + (a.deadline() == null ? "." : " (hạn " + labels.time(a.deadline()) + ").");
            case "SPIKE" -> String.format(VIETNAMESE,
                    "Phản ánh về %s tăng đột biến: %d phản ánh trong giờ từ %s, trung bình 24 giờ trước %.1f/giờ.",
                    topic, a.count() == null ? 0 : a.count(), labels.time(a.windowStart()),
                    a.baseline() == null ? 0.0 : a.baseline());
            default -> a.summary() == null ? "" : a.summary();
        };
    }

    private AlertWording() {
    }
}
