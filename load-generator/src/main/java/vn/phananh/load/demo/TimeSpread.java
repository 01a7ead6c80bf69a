package vn.phananh.load.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import vn.phananh.schema.FeedbackClock;

/**
 * Places demo messages in the four weeks before an anchor, deterministically by key: citizens
 * write at any day between 06:00 and 22:00, the one-stop desk records on working days within
 * office hours (07:30–11:30, 13:30–17:00), both in Vietnam's time zone. Nothing is placed in the
 * last quarter hour before the anchor, so "now" stays free for the spike burst.
 */
final class TimeSpread {

    static final Duration SPAN = Duration.ofDays(28);
    static final Duration QUIET = Duration.ofMinutes(15);
    private static final int MORNING_MINUTES = 240;
    private static final int OFFICE_MINUTES = MORNING_MINUTES + 210;

    private final Instant anchor;

    TimeSpread(Instant anchor) {
        this.anchor = anchor;
    }

    Instant earliest() {
        return anchor.minus(SPAN);
    }

    Instant latest() {
        return anchor.minus(QUIET);
    }

    /** When a citizen wrote on Facebook, Zalo or through an integration. */
    Instant citizen(String key) {
        LocalDate day = day(key);
        LocalTime time = LocalTime.of(6, 0).plusMinutes((long) (Hashes.fraction(key + "#time") * 16 * 60));
        ZonedDateTime at = day.atTime(time).atZone(FeedbackClock.UNIT_ZONE);
        if (at.toInstant().isAfter(latest())) {
            at = at.minusDays(1);
        }
        return at.toInstant();
    }

    /** When the desk recorded a visit: a working day, in office hours. */
    Instant office(String key) {
        int minute = (int) (Hashes.fraction(key + "#time") * OFFICE_MINUTES);
        LocalTime time = minute < MORNING_MINUTES ? LocalTime.of(7, 30).plusMinutes(minute)
                : LocalTime.of(13, 30).plusMinutes(minute - MORNING_MINUTES);
        ZonedDateTime at = workingDay(day(key)).atTime(time).atZone(FeedbackClock.UNIT_ZONE);
        if (at.toInstant().isAfter(latest())) {
            at = workingDay(at.toLocalDate().minusDays(1)).atTime(time).atZone(FeedbackClock.UNIT_ZONE);
        }
        if (at.toInstant().isBefore(earliest())) {
            at = at.plusWeeks(1); // the same weekday a week later is still well in the past
        }
        return at.toInstant();
    }

    /** One of the 28 days up to the anchor's day, in Vietnam. */
    private LocalDate day(String key) {
        int back = (int) (Hashes.fraction(key + "#day") * SPAN.toDays());
        return latest().atZone(FeedbackClock.UNIT_ZONE).toLocalDate().minusDays(back);
    }

    private static LocalDate workingDay(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }
}
