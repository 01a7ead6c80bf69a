package vn.phananh.open311;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Times as GeoReport writes and reads them: W3C date-times with an offset, written in the units'
 * time zone (Asia/Ho_Chi_Minh, +07:00) to the second.
 */
public final class GeoReportTimes {

    public static final ZoneId UNITS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public static String format(Instant instant) {
        return instant == null ? null
                : instant.truncatedTo(ChronoUnit.SECONDS).atZone(UNITS_ZONE).toOffsetDateTime()
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * A {@code start_date} or {@code end_date}: a date-time with its offset ({@code Z} or ±HH:MM), or a
     * date alone (W3C's coarser form), taken as the start of that day in the units' time zone.
     */
    public static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        }
        catch (DateTimeParseException notADateTime) {
            try {
                return Optional.of(LocalDate.parse(text).atStartOfDay(UNITS_ZONE).toInstant());
            }
            catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private GeoReportTimes() {
    }
}
