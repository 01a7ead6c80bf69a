package vn.phananh.webapp.pages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import vn.phananh.pages.Labels;
import vn.phananh.webapp.api.Pages.TrendSeries;

/**
 * The geometry of the trend chart, computed on the server so the page draws it as plain inline
 * SVG: one line per topic and one dot per point (bucket), the axes' ticks, and the legend.
 */
record TrendChart(int width, int height, List<Line> lines, List<Tick> xTicks, List<Tick> yTicks, int left,
        int right, int top, int bottom) {

    static final int WIDTH = 720;
    static final int HEIGHT = 280;
    private static final int LEFT = 40;
    private static final int RIGHT = 24;
    private static final int TOP = 12;
    private static final int BOTTOM = 30;
    /** Distinct on white, dark enough for thin lines (from the Okabe–Ito and Tableau palettes). */
    private static final List<String> COLOURS = List.of("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#8c6d1f",
            "#56b4e9", "#e69f00", "#6a3d9a", "#1b7837", "#b2182b", "#4d4d4d", "#2166ac", "#762a83", "#bf812d");

    /** One topic: its colour, the polyline and its dots. */
    record Line(String topic, String label, String colour, long total, String points, List<Dot> dots) {
    }

    /** One point of a series: where it is drawn, its day and count. */
    record Dot(String x, String y, String day, String start, long count, String title) {
    }

    record Tick(String position, String label) {
    }

    static TrendChart of(TrendSeries trend, Labels labels) {
        List<TrendSeries.Series> series = trend.series().stream()
                .sorted(Comparator.comparingLong(TrendSeries.Series::total).reversed()).toList();
        List<Instant> buckets = series.isEmpty() ? List.of()
                : series.getFirst().points().stream().map(TrendSeries.Point::start).toList();
        long max = niceMax(series.stream().flatMap(s -> s.points().stream()).mapToLong(TrendSeries.Point::count)
                .max().orElse(0));
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            lines.add(line(series.get(i), COLOURS.get(i % COLOURS.size()), buckets.size(), max, labels));
        }
        return new TrendChart(WIDTH, HEIGHT, lines, xTicks(buckets, labels), yTicks(max), LEFT, WIDTH - RIGHT, TOP,
                HEIGHT - BOTTOM);
    }

    public boolean empty() {
        return lines.isEmpty();
    }

    private static Line line(TrendSeries.Series s, String colour, int buckets, long max, Labels labels) {
        String name = labels.topic(s.key());
        List<Dot> dots = new ArrayList<>();
        List<TrendSeries.Point> points = s.points();
        for (int i = 0; i < points.size(); i++) {
            TrendSeries.Point p = points.get(i);
            String day = labels.day(p.start());
            dots.add(new Dot(num(x(i, buckets)), num(y(p.count(), max)), day, p.start().toString(), p.count(),
                    name + " — " + day + ": " + p.count()));
        }
        String polyline = String.join(" ", dots.stream().map(d -> d.x() + "," + d.y()).toList());
        return new Line(s.key(), name, colour, s.total(), polyline, dots);
    }

    private static List<Tick> xTicks(List<Instant> buckets, Labels labels) {
        if (buckets.isEmpty()) {
            return List.of();
        }
        int n = buckets.size();
        List<Integer> at = n == 1 ? List.of(0) : List.of(0, (n - 1) / 2, n - 1);
        return at.stream().distinct().map(i -> new Tick(num(x(i, n)), labels.shortDay(buckets.get(i)))).toList();
    }

    private static List<Tick> yTicks(long max) {
        return List.of(0L, max / 2, max).stream().distinct()
                .map(v -> new Tick(num(y(v, max)), Long.toString(v))).toList();
    }

    private static double x(int index, int count) {
        double width = WIDTH - LEFT - RIGHT;
        return count <= 1 ? LEFT + width / 2 : LEFT + width * index / (count - 1);
    }

    private static double y(long count, long max) {
        double height = HEIGHT - TOP - BOTTOM;
        return TOP + height - height * count / max;
    }

    /** The top of the y axis: an even number at least the largest count, at least 2. */
    static long niceMax(long largest) {
        return Math.max(2, largest + (largest % 2));
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
