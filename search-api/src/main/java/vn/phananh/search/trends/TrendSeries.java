package vn.phananh.search.trends;

import java.time.Instant;
import java.util.List;

/** Counts over time of each value of one field (topic, unit or channel). */
public record TrendSeries(String by, String interval, Instant from, Instant to, List<Series> series) {

    public record Series(String key, long total, List<Point> points) {
    }

    public record Point(Instant start, long count) {
    }
}
