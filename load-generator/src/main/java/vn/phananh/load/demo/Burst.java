package vn.phananh.load.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import vn.phananh.load.channel.Channels;

/**
 * A burst of similar complaints "now": flooding in xóm Bãi, the riverside hamlet of xã Hùng
 * Cường, reported by eight people within minutes on Facebook, Messenger and Zalo. All fall in the
 * same hour, so the hourly count of the unit's topic jumps far above its baseline and the stream
 * processor raises a spike alert. The ids carry the hour, so a later run makes a new burst and a
 * re-run with the same anchor repeats nothing.
 */
final class Burst {

    static final String UNIT = Channels.XA_HUNG_CUONG;
    static final String PLACE = "Xóm Bãi";
    private static final Duration STEP = Duration.ofSeconds(40);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH").withZone(ZoneOffset.UTC);

    static final List<String> TEXTS = List.of(
            "Đường vào xóm Bãi ngập sâu hơn nửa mét, xe máy chết máy hàng loạt, đề nghị xã cho người xuống khơi thông cống gấp!",
            "Xóm Bãi ngập hết rồi, nước tràn cả vào nhà dân, cống thoát nước tắc không tiêu được.",
            "Mưa từ đêm qua, đường xóm Bãi ngập lút bánh xe, học sinh không đi học được. Xã xử lý giúp với.",
            "x.Bãi nước ngập đường, trẻ con lội nước đi học rất nguy hiểm, đề nghị xã bơm tiêu nước.",
            "Cống đầu xóm Bãi bị tắc nên đường ngập nặng, ô tô cũng không qua được.",
            "xom Bai ngap het duong roi, de nghi xa cho may bom xuong gap",
            "Đường ven đê xóm Bãi ngập sâu, nước chảy xiết, đề nghị cắm biển cảnh báo ngay kẻo có người bị cuốn trôi.",
            "Nhà tôi ở xóm Bãi, nước ngập vào sân gần 40 cm, đường đi lại bị chia cắt. Mong xã hỗ trợ khơi thông.");

    private static final List<Route> ROUTES = List.of(Route.FACEBOOK_COMMENT, Route.ZALO, Route.FACEBOOK_COMMENT,
            Route.MESSENGER, Route.ZALO, Route.FACEBOOK_COMMENT, Route.ZALO, Route.MESSENGER);

    /** One complaint of the burst. */
    record Complaint(String key, Route route, String text, Instant at) {
    }

    /** The complaints, the last at {@code now}, 40 s apart, none before the start of the hour of {@code now}. */
    static List<Complaint> at(Instant now) {
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        List<Complaint> complaints = new ArrayList<>(TEXTS.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            Instant at = now.minus(STEP.multipliedBy(TEXTS.size() - 1 - i));
            complaints.add(new Complaint("burst-" + HOUR.format(hour) + "-" + (i + 1), ROUTES.get(i), TEXTS.get(i),
                    at.isBefore(hour) ? hour : at));
        }
        return complaints;
    }

    static Instant window(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS);
    }

    private Burst() {
    }
}
