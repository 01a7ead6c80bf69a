package vn.phananh.webapp.pages;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.phananh.pages.Labels;
import vn.phananh.schema.FeedbackClock;
import vn.phananh.webapp.api.Pages.RisingTopic;
import vn.phananh.webapp.api.Pages.TrendSeries;

/**
 * The rising topics as the dashboard lists them: each with a sparkline of its daily counts over
 * the two weeks compared, and a link to the search of its last seven days.
 */
record RisingRows(List<Row> rows) {

    static final int WIDTH = 96;
    static final int HEIGHT = 24;

    /** One rising topic: its figures, the sparkline's points and its search link. */
    record Row(String topic, String label, long current, long previous, long change, String points, String last,
            String title, String href) {
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    /** The size of a sparkline (public: the template asks). */
    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    static RisingRows of(List<RisingTopic> rising, TrendSeries daily, Instant to, String unit, Labels labels) {
        Map<String, TrendSeries.Series> byTopic = daily.series().stream()
                .collect(Collectors.toMap(TrendSeries.Series::key, Function.identity(), (a, b) -> a));
        LocalDate last = LocalDate.ofInstant(to, FeedbackClock.UNIT_ZONE);
        LocalDate first = LocalDate.ofInstant(to.minus(Duration.ofDays(7)), FeedbackClock.UNIT_ZONE);
        List<Row> rows = new ArrayList<>();
        for (RisingTopic r : rising) {
            TrendSeries.Series s = byTopic.get(r.topic());
            List<Long> counts = s == null ? List.of() : s.points().stream().map(TrendSeries.Point::count).toList();
            String points = points(counts);
            String lastPoint = points.isEmpty() ? "" : points.substring(points.lastIndexOf(' ') + 1);
            String name = labels.topic(r.topic());
            rows.add(new Row(r.topic(), name, r.current(), r.previous(), r.change(), points, lastPoint,
                    name + ": " + counts.stream().map(String::valueOf).collect(Collectors.joining(", "))
                            + " phản ánh mỗi ngày trong 14 ngày qua",
                    DrillDown.days("topic", r.topic(), first, last, unit)));
        }
        return new RisingRows(rows);
    }

    /** The sparkline's polyline points, scaled to its own largest count. */
    static String points(List<Long> counts) {
        if (counts.isEmpty()) {
            return "";
        }
        long max = Math.max(1, counts.stream().mapToLong(Long::longValue).max().orElse(0));
        List<String> points = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            double x = counts.size() == 1 ? WIDTH / 2.0 : (double) (WIDTH - 4) * i / (counts.size() - 1) + 2;
            double y = HEIGHT - 2 - (double) (HEIGHT - 4) * counts.get(i) / max;
            points.add(TrendPanels.num(x) + "," + TrendPanels.num(y));
        }
        return String.join(" ", points);
    }
}
