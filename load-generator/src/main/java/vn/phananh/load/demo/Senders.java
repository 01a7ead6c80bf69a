package vn.phananh.load.demo;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.List;

import vn.phananh.load.channel.ApiClient;
import vn.phananh.load.channel.DeskClient;
import vn.phananh.load.channel.FacebookClient;
import vn.phananh.load.channel.ZaloClient;
import vn.phananh.schema.FeedbackClock;

/**
 * The people and channel ids behind demo messages, derived from a key (the corpus id): who wrote,
 * under which page post, with which Messenger, Zalo or desk id. Page comments hang under the
 * page's notice of that week, as comments on a commune page mostly do.
 */
final class Senders {

    static final List<String> NAMES = List.of("Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Văn Tư", "Phạm Thị Hoa",
            "Hoàng Minh Đức", "Vũ Thị Lan", "Đặng Văn Khoa", "Bùi Thị Thu", "Đỗ Quang Huy", "Ngô Thị Hằng",
            "Dương Văn Thắng", "Lý Thị Ngọc", "Phan Văn Long", "Hà Thị Lựu", "Trịnh Văn Sơn", "Mai Thị Phương");

    static FacebookClient.FeedComment comment(String key, String pageId, String text, Instant at) {
        String post = pageId + "_" + weeklyPost(pageId, at);
        String commentId = weeklyPost(pageId, at) + "_" + Hashes.digits(key + "#comment", 15);
        return new FacebookClient.FeedComment(commentId, post, post, Hashes.digits(key + "#psid", 16),
                Hashes.pick(key + "#name", NAMES), text, at);
    }

    static FacebookClient.MessengerMessage messenger(String key, String text, Instant at) {
        return new FacebookClient.MessengerMessage("m_" + Hashes.base64Url(key + "#mid", 32),
                Hashes.digits(key + "#psid", 16), text, at);
    }

    static ZaloClient.ZaloText zalo(String key, String text, Instant at) {
        return new ZaloClient.ZaloText(Hashes.hex(key + "#msg", 20), Hashes.digits(key + "#zalo-user", 19),
                Hashes.digits(key + "#zalo-app-user", 19), text, at);
    }

    static DeskClient.DeskRecord desk(String key, String text, Instant at) {
        String name = Hashes.fraction(key + "#anonymous") < 0.2 ? null : Hashes.pick(key + "#name", NAMES);
        return new DeskClient.DeskRecord("demo-" + key, text, name, null, at);
    }

    static ApiClient.ApiMessage api(String key, String unitCode, String text, Instant at) {
        return new ApiClient.ApiMessage("demo-" + key, unitCode, text, Hashes.pick(key + "#name", NAMES), at);
    }

    /** The page's post of the ISO week of {@code at}: a stable numeric post id. */
    private static String weeklyPost(String pageId, Instant at) {
        ZonedDateTime local = at.atZone(FeedbackClock.UNIT_ZONE);
        int week = local.get(IsoFields.WEEK_BASED_YEAR) * 100 + local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return Hashes.digits(pageId + "#post#" + week, 15);
    }

    private Senders() {
    }
}
