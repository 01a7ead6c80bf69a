package vn.phananh.search.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.phananh.schema.FeedbackClock;
import vn.phananh.search.system.TimeBounds;

/**
 * The period a review report covers: a month ({@code 2026-11}), a quarter ({@code 2026-Q4}) or a
 * year ({@code 2026}), from its first midnight to the next period's in the units' time zone
 * ({@link FeedbackClock#UNIT_ZONE}), half-open.
 */
public record ReportPeriod(Kind kind, String label, LocalDate firstDay, LocalDate nextFirstDay) {

    /** What each kind of period is called on the report. */
    public enum Kind { MONTH, QUARTER, YEAR }

    static final String RULE = "period must be a month (2026-11), a quarter (2026-Q4) or a year (2026) between "
            + TimeBounds.FIRST_YEAR + " and " + TimeBounds.LAST_YEAR;

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** Reads a period as a request names it; anything else is an {@link IllegalArgumentException}. */
    public static ReportPeriod parse(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        Matcher m;
        if ((m = MONTH.matcher(value)).matches()) {
            return month(year(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            return quarter(year(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = YEAR.matcher(value)).matches()) {
            return year(year(m.group(1)));
        }
        throw new IllegalArgumentException(RULE);
    }

    static ReportPeriod month(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new ReportPeriod(Kind.MONTH, "%04d-%02d".formatted(year, month), first, first.plusMonths(1));
    }

    static ReportPeriod quarter(int year, int quarter) {
        LocalDate first = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
        return new ReportPeriod(Kind.QUARTER, "%04d-Q%d".formatted(year, quarter), first, first.plusMonths(3));
    }

    static ReportPeriod year(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return new ReportPeriod(Kind.YEAR, "%04d".formatted(year), first, first.plusYears(1));
    }

    /** The period of the same kind just before this one, which rising topics compare with. */
    public ReportPeriod previous() {
        LocalDate first = firstDay;
        return switch (kind) {
            case MONTH -> month(first.minusMonths(1).getYear(), first.minusMonths(1).getMonthValue());
            case QUARTER -> quarter(first.minusMonths(3).getYear(), (first.minusMonths(3).getMonthValue() - 1) / 3 + 1);
            case YEAR -> year(first.getYear() - 1);
        };
    }

    /** The first instant of the period (inclusive). */
    public Instant from() {
        return firstDay.atStartOfDay(FeedbackClock.UNIT_ZONE).toInstant();
    }

    /** The first instant after the period (exclusive). */
    public Instant to() {
        return nextFirstDay.atStartOfDay(FeedbackClock.UNIT_ZONE).toInstant();
    }

    /** The last day of the period. */
    public LocalDate lastDay() {
        return nextFirstDay.minusDays(1);
    }

    /** The period in Vietnamese: "Tháng 11/2026", "Quý IV/2026", "Năm 2026". */
    public String title() {
        return switch (kind) {
            case MONTH -> "Tháng %d/%d".formatted(firstDay.getMonthValue(), firstDay.getYear());
            case QUARTER -> "Quý %s/%d".formatted(new String[] { "I", "II", "III", "IV" }[(firstDay.getMonthValue() - 1) / 3],
                    firstDay.getYear());
            case YEAR -> "Năm %d".formatted(firstDay.getYear());
        };
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (year < TimeBounds.FIRST_YEAR || year > TimeBounds.LAST_YEAR) {
            throw new IllegalArgumentException(RULE);
        }
        return year;
    }
}
