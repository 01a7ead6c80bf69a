package vn.phananh.search.system;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The times a request may name: from 1970 up to the end of 9999. Anything outside is not a time
 * feedback can have, and far outside it does not fit in the epoch milliseconds Elasticsearch
 * queries are written in (java.time reaches year one billion, a long of milliseconds does not).
 */
public final class TimeBounds {

    public static final int FIRST_YEAR = 1970;
    public static final int LAST_YEAR = 9999;
    /** Inclusive. */
    public static final Instant MIN = Instant.EPOCH;
    /** Exclusive: the first instant of year 10000. */
    public static final Instant END = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();

    /** The rule as a problem detail states it. */
    public static String rule(String parameter) {
        return parameter + " must be an ISO-8601 time (such as 2025-01-31T00:00:00Z) between 1970-01-01T00:00:00Z "
                + "and 9999-12-31T23:59:59Z";
    }

    public static boolean contains(Instant time) {
        return !time.isBefore(MIN) && time.isBefore(END);
    }

    public static boolean contains(LocalDate day) {
        return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
    }

    private TimeBounds() {
    }
}
