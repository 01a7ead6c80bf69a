package vn.phananh.search.open311;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.phananh.open311.GeoReportTimes;
import vn.phananh.open311.Services;

/**
 * The filters of {@code GET requests}, checked: {@code service_code} and {@code status} comma lists,
 * a {@code start_date}–{@code end_date} window of at most 90 days (the last 90 days by default).
 */
record Open311Query(List<String> serviceCodes, List<Boolean> open, Instant start, Instant end) {

    static final Duration MAX_WINDOW = Duration.ofDays(90);

    /** The query, or what is wrong with it (a description for the error answer). */
    static Result of(String serviceCode, String status, String startDate, String endDate, Instant now) {
        List<String> codes = list(serviceCode);
        if (codes.stream().anyMatch(c -> Services.find(c).isEmpty())) {
            return new Result.Invalid("service_code: one of the codes services.xml lists, comma separated");
        }
        List<String> statuses = list(status);
        if (statuses.stream().anyMatch(s -> !s.equals("open") && !s.equals("closed"))) {
            return new Result.Invalid("status: open, closed or both, comma separated");
        }
        Optional<Instant> start = startDate == null || startDate.isBlank() ? Optional.empty() : GeoReportTimes.parse(startDate);
        Optional<Instant> end = endDate == null || endDate.isBlank() ? Optional.empty() : GeoReportTimes.parse(endDate);
        if ((startDate != null && !startDate.isBlank() && start.isEmpty()) || (endDate != null && !endDate.isBlank() && end.isEmpty())) {
            return new Result.Invalid("start_date and end_date must be W3C date-times, e.g. 2024-11-01T00:00:00+07:00");
        }
        Instant to = end.orElseGet(() -> start.map(s -> min(s.plus(MAX_WINDOW), now)).orElse(now));
        Instant from = start.orElseGet(() -> to.minus(MAX_WINDOW));
        if (from.isAfter(to)) {
            return new Result.Invalid("start_date must not be after end_date");
        }
        if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            return new Result.Invalid("start_date to end_date may not span more than 90 days");
        }
        return new Result.Valid(new Open311Query(codes, statuses.stream().map("open"::equals).distinct().toList(), from, to));
    }

    sealed interface Result {
        record Valid(Open311Query query) implements Result {
        }

        record Invalid(String description) implements Result {
        }
    }

    /** The values of a comma list, blank ones dropped: an empty argument is the same as none. */
    static List<String> list(String commaList) {
        return commaList == null ? List.of()
                : Arrays.stream(commaList.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
