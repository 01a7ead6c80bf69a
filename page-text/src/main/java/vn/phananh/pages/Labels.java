package vn.phananh.pages;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import vn.phananh.avro.AlertType;
import vn.phananh.avro.Channel;
import vn.phananh.avro.Kind;
import vn.phananh.avro.PlaceType;
import vn.phananh.avro.Sentiment;
import vn.phananh.avro.Status;
import vn.phananh.avro.StatusAction;
import vn.phananh.avro.Topic;
import vn.phananh.schema.FeedbackClock;
import vn.phananh.schema.Taxonomy;

/**
 * Vietnamese names of the codes (the taxonomy's from {@link Taxonomy}, the workflow's here) and of
 * units, and dates in the units' time, for the templates ({@code ${@labels.topic(f.topic)}}). Keyed by the Avro enums
 * so a new code without a name fails the label test, not a page. Each application makes it its bean
 * {@code labels}.
 */
public class Labels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(FeedbackClock.UNIT_ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(FeedbackClock.UNIT_ZONE);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM").withZone(FeedbackClock.UNIT_ZONE);

    public static final Map<Channel, String> CHANNELS = new EnumMap<>(Map.of(Channel.FACEBOOK, "Facebook",
            Channel.ZALO, "Zalo", Channel.DESK, "Bộ phận một cửa", Channel.API, "Tích hợp (API)",
            Channel.OTHER, "Khác"));
    public static final Map<Status, String> STATUSES = new EnumMap<>(Map.of(Status.NEW, "Mới",
            Status.ACKNOWLEDGED, "Đã tiếp nhận", Status.ASSIGNED, "Đã giao xử lý", Status.ANSWERED, "Đã trả lời",
            Status.CLOSED, "Đã đóng", Status.SPAM, "Rác (spam)", Status.WITHDRAWN, "Người gửi đã rút",
            Status.UNKNOWN, "Không rõ"));
    public static final Map<StatusAction, String> ACTIONS = new EnumMap<>(Map.of(StatusAction.ACKNOWLEDGE, "Tiếp nhận",
            StatusAction.ASSIGN, "Giao xử lý", StatusAction.ANSWER, "Trả lời", StatusAction.CLOSE, "Đóng",
            StatusAction.MARK_SPAM, "Đánh dấu rác", StatusAction.REOPEN, "Mở lại", StatusAction.UNKNOWN, "Khác"));
    public static final Map<AlertType, String> ALERT_TYPES = new EnumMap<>(Map.of(AlertType.SPIKE, "Tăng đột biến",
            AlertType.OVERDUE, "Quá hạn", AlertType.URGENT, "Khẩn cấp", AlertType.OTHER, "Khác"));
    public static final Map<PlaceType, String> PLACE_TYPES = new EnumMap<>(Map.of(PlaceType.VILLAGE, "Thôn, xóm",
            PlaceType.RESIDENTIAL_GROUP, "Tổ dân phố", PlaceType.LANDMARK, "Địa danh", PlaceType.OTHER, "Khác"));

    private final Map<String, String> byCode = new HashMap<>();
    private final Function<String, Optional<String>> unitNames;

    /** {@code unitNames}: a unit's name by its code (each application knows them its own way). */
    public Labels(Function<String, Optional<String>> unitNames) {
        this.unitNames = unitNames;
        for (Map<? extends Enum<?>, String> names : List.of(Taxonomy.TOPICS, Taxonomy.KINDS, Taxonomy.SENTIMENTS, CHANNELS, STATUSES, ACTIONS,
                ALERT_TYPES, PLACE_TYPES)) {
            names.forEach((code, name) -> byCode.put(code.getDeclaringClass().getSimpleName() + "." + code.name(),
                    name));
        }
    }

    public String topic(String code) {
        return name(Topic.class, code);
    }

    public String kind(String code) {
        return name(Kind.class, code);
    }

    public String sentiment(String code) {
        return name(Sentiment.class, code);
    }

    public String channel(String code) {
        return name(Channel.class, code);
    }

    public String status(String code) {
        return name(Status.class, code);
    }

    public String action(String code) {
        return name(StatusAction.class, code);
    }

    public String alertType(String code) {
        return name(AlertType.class, code);
    }

    public String placeType(String code) {
        return name(PlaceType.class, code);
    }

    public String unit(String code) {
        return code == null ? "" : unitNames.apply(code).orElse(code);
    }

    /** The Vietnamese name of a corrected label (as in the label history). */
    public String labelName(String label) {
        return switch (label) {
            case "topic" -> "Lĩnh vực";
            case "secondaryTopics" -> "Lĩnh vực liên quan";
            case "kind" -> "Loại";
            case "sentiment" -> "Sắc thái";
            case "urgent" -> "Khẩn cấp";
            case "place" -> "Địa điểm";
            default -> label;
        };
    }

    /** A corrected label's value in Vietnamese; a place stays its gazetteer id. */
    public String labelValue(String label, String value) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        return switch (label) {
            case "topic" -> topic(value);
            case "secondaryTopics" -> String.join(", ", Arrays.stream(value.split(",")).map(this::topic).toList());
            case "kind" -> kind(value);
            case "sentiment" -> sentiment(value);
            case "urgent" -> "true".equals(value) ? "Có" : "Không";
            default -> value;
        };
    }

    public Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    /** The choices of a filter: every code of the enum with its name, in declaration order. */
    public List<Option> options(String vocabulary) {
        Class<? extends Enum<?>> type = switch (vocabulary) {
            case "topic" -> Topic.class;
            case "kind" -> Kind.class;
            case "sentiment" -> Sentiment.class;
            case "channel" -> Channel.class;
            case "status" -> Status.class;
            default -> throw new IllegalArgumentException("No vocabulary " + vocabulary);
        };
        return Arrays.stream(type.getEnumConstants()).map(c -> new Option(c.name(), name(type, c.name()))).toList();
    }

    /** A facet value's name: the vocabulary's, or yes/no, or the value itself (units by name). */
    public String facetValue(String facet, String value) {
        return switch (facet) {
            case "topic" -> topic(value);
            case "kind" -> kind(value);
            case "sentiment" -> sentiment(value);
            case "channel" -> channel(value);
            case "status" -> status(value);
            case "unit" -> unit(value);
            case "urgent", "spam", "overdue" -> "true".equals(value) || "1".equals(value) ? "Có" : "Không";
            default -> value;
        };
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    public String day(Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    public String shortDay(Instant at) {
        return at == null ? "" : SHORT_DAY.format(at);
    }

    /** A duration in minutes as Vietnamese text: "45 phút", "3 giờ 20 phút", "2 ngày 4 giờ". */
    public String minutes(Double minutes) {
        if (minutes == null) {
            return "—";
        }
        long total = Math.round(minutes);
        if (total < 60) {
            return total + " phút";
        }
        if (total < 24 * 60) {
            return total / 60 + " giờ" + (total % 60 == 0 ? "" : " " + total % 60 + " phút");
        }
        long hours = (total % (24 * 60)) / 60;
        return total / (24 * 60) + " ngày" + (hours == 0 ? "" : " " + hours + " giờ");
    }

    private String name(Class<? extends Enum<?>> type, String code) {
        if (code == null) {
            return "";
        }
        return byCode.getOrDefault(type.getSimpleName() + "." + code, code);
    }

    /** One choice of a select: code and Vietnamese name. */
    public record Option(String code, String label) {
    }
}
