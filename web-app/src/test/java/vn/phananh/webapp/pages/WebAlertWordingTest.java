package vn.phananh.webapp.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.phananh.pages.Labels;
import vn.phananh.webapp.api.Pages.AlertView;

/** The page words alerts from their codes and figures, in Vietnamese and in the units' time. */
class WebAlertWordingTest {

    private final Labels labels = new Labels(code -> java.util.Optional.ofNullable(
            Map.of("xa-hung-cuong", "Xã Hùng Cường").get(code)));

    @Test
    void wordsEachTypeFromItsFigures() {
        Instant deadline = Instant.parse("2025-09-03T10:00:00Z");
        assertThat(AlertWording.sentence(alert("URGENT", "INFRASTRUCTURE", "Thôn 3", null, null, null, null), labels))
                .isEqualTo("Phản ánh khẩn cấp về Hạ tầng, giao thông tại Thôn 3 (mã f1), cần xử lý ngay trong ngày.");
        assertThat(AlertWording.sentence(alert("OVERDUE", "HEALTH", null, deadline, null, null, null), labels))
                .isEqualTo("Phản ánh mã f1 về Y tế đã quá hạn trả lời (hạn 03/09/2025 17:00).");
        assertThat(AlertWording.sentence(alert("SPIKE", "ENVIRONMENT", null, null, Instant.parse("2025-11-03T02:00:00Z"),
                6L, 2.0), labels))
                .isEqualTo("Phản ánh về Môi trường tăng đột biến: 6 phản ánh trong giờ từ 03/11/2025 09:00, "
                        + "trung bình 24 giờ trước 2,0/giờ.");
    }

    @Test
    void aTypeThePageDoesNotKnowFallsBackToTheSummary() {
        assertThat(AlertWording.sentence(alert("OTHER", null, null, null, null, null, null), labels))
                .isEqualTo("OTHER summary");
    }

    private static AlertView alert(String type, String topic, String place, Instant deadline, Instant window, Long count,
            Double baseline) {
        return new AlertView(type.toLowerCase() + ":f1", type, "xa-hung-cuong", topic, "f1", window, count, baseline,
                deadline, place, type + " summary", Instant.parse("2025-11-03T02:30:00Z"));
    }
}
