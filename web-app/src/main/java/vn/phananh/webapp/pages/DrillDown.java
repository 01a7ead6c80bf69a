package vn.phananh.webapp.pages;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.web.util.UriComponentsBuilder;

import vn.phananh.schema.FeedbackClock;

/**
 * The search page's link for one bar of a chart: the bar's value ({@code topic=HEALTH},
 * {@code kind=COMPLAINT}, …), its days as the search form takes them (Vietnam's calendar days,
 * {@code to} included) and the unit the dashboard shows.
 */
final class DrillDown {

    private DrillDown() {
    }

    /** The bucket starting at {@code start} ({@code day} or {@code week}) narrowed to {@code name=value} if given. */
    static String bucket(String name, String value, Instant start, String interval, String unit) {
        LocalDate from = LocalDate.ofInstant(start, FeedbackClock.UNIT_ZONE);
        LocalDate to = "week".equals(interval) ? from.plusDays(6) : from;
        return days(name, value, from, to, unit);
    }

    /** The days from {@code from} to {@code to} (included). */
    static String days(String name, String value, LocalDate from, LocalDate to, String unit) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(SearchForm.PATH);
        if (name != null) {
            link.queryParam(name, value);
        }
        link.queryParam("from", from.toString()).queryParam("to", to.toString());
        if (unit != null) {
            link.queryParam("unit", unit);
        }
        return link.encode().build().toUriString();
    }
}
