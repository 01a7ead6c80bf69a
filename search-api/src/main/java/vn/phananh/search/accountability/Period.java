package vn.phananh.search.accountability;

import java.time.Duration;
import java.time.Instant;

/** A half-open period [from, to); the last 30 days when not given. */
record Period(Instant from, Instant to) {

    static Period of(Instant from, Instant to, Instant now) {
        Instant end = to == null ? now : to;
        Instant start = from == null ? end.minus(Duration.ofDays(30)) : from;
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("from must be before to");
        }
        return new Period(start, end);
    }
}
