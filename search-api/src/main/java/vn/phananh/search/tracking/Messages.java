package vn.phananh.search.tracking;

import java.time.Duration;

/** What the tracking page and API tell a person, in Vietnamese. */
final class Messages {

    static final String MALFORMED = "Mã tra cứu không đúng dạng. Mã có dạng HC-7K4P-2QX9M: chữ viết tắt tên xã, phường, "
            + "rồi 9 ký tự chữ và số (không có chữ O, chữ I, số 0 và số 1).";
    static final String WRONG_CHECK = "Mã tra cứu có ký tự bị gõ nhầm: ký tự kiểm tra ở cuối không khớp. "
            + "Vui lòng soát lại từng ký tự.";
    static final String NOT_FOUND = "Không tìm thấy phản ánh nào có mã này. Phản ánh vừa gửi có thể cần vài giây "
            + "mới tra cứu được.";

    static String tooMany(Duration wait) {
        return "Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau " + seconds(wait) + " giây.";
    }

    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private Messages() {
    }
}
