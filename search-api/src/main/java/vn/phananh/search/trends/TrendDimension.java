package vn.phananh.search.trends;

import java.time.Duration;
import java.util.Locale;

import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;

/** What a trend is broken down by, and how finely. */
final class TrendDimension {

    private TrendDimension() {
    }

    static String field(String by) {
        return switch (by == null ? "topic" : by.toLowerCase(Locale.ROOT)) {
            case "topic" -> "topic";
            case "unit" -> "unitCode";
            case "channel" -> "channel";
            case "kind" -> "kind";
            default -> throw new IllegalArgumentException("by must be topic, unit, channel or kind");
        };
    }

    static CalendarInterval interval(String interval) {
        return switch (interval == null ? "day" : interval.toLowerCase(Locale.ROOT)) {
            case "hour" -> CalendarInterval.Hour;
            case "day" -> CalendarInterval.Day;
            case "week" -> CalendarInterval.Week;
            default -> throw new IllegalArgumentException("interval must be hour, day or week");
        };
    }

    /** The length of one bucket of an interval {@link #interval} gives. */
    static Duration length(CalendarInterval interval) {
        return switch (interval) {
            case Hour -> Duration.ofHours(1);
            case Day -> Duration.ofDays(1);
            case Week -> Duration.ofDays(7);
            default -> throw new IllegalArgumentException("interval must be hour, day or week");
        };
    }
}
