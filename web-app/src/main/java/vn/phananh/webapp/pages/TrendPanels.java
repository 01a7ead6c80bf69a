package vn.phananh.webapp.pages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.phananh.pages.Labels;
import vn.phananh.webapp.api.Pages.TrendSeries;

/**
 * The dashboard's trend charts as plain inline SVG, their geometry computed here: one small bar
 * chart per topic on one shared scale (so panels compare), and complaints stacked on all feedback
 * per bucket. Every bar links to the search with its topic or kind, its days and the unit shown.
 */
record TrendPanels(String interval, long max, List<String> buckets, List<Panel> panels, List<Stack> complaints,
        long complaintMax) {

    static final int WIDTH = 240;
    static final int HEIGHT = 64;
    private static final int GAP = 1;

    /** One topic: its bars, total and the buckets' counts (the table fallback). */
    record Panel(String topic, String label, long total, List<Bar> bars) {
    }

    /** One bucket's bar: where it is drawn, what it counts, its tooltip and its search link. */
    record Bar(String x, String y, String width, String height, long count, String start, String title, String href) {
    }

    /** One bucket of all feedback with the complaints of it at the bottom. */
    record Stack(String x, String width, String yAll, String heightAll, String yPart, String heightPart, long all,
            long part, String start, String title, String href, String hrefPart) {
    }

    static TrendPanels of(TrendSeries topics, TrendSeries kinds, String unit, Labels labels) {
        List<Instant> starts = starts(topics.series().isEmpty() ? kinds : topics);
        List<String> buckets = starts.stream().map(labels::shortDay).toList();
        String interval = topics.interval();
        long max = scale(topics.series().stream().flatMap(s -> s.points().stream())
                .mapToLong(TrendSeries.Point::count).max().orElse(0));
        List<Panel> panels = topics.series().stream().filter(s -> s.total() > 0)
                .sorted(Comparator.comparingLong(TrendSeries.Series::total).reversed())
                .map(s -> panel(s, interval, max, unit, labels)).toList();
        Map<Instant, Long> all = new HashMap<>();
        Map<Instant, Long> complaints = new HashMap<>();
        for (TrendSeries.Series s : kinds.series()) {
            for (TrendSeries.Point p : s.points()) {
                all.merge(p.start(), p.count(), Long::sum);
                if ("COMPLAINT".equals(s.key())) {
                    complaints.merge(p.start(), p.count(), Long::sum);
                }
            }
        }
        List<Instant> kindStarts = starts(kinds);
        long complaintMax = scale(all.values().stream().mapToLong(Long::longValue).max().orElse(0));
        List<Stack> stacks = new ArrayList<>();
        for (int i = 0; i < kindStarts.size(); i++) {
            Instant start = kindStarts.get(i);
            stacks.add(stack(i, kindStarts.size(), start, all.getOrDefault(start, 0L),
                    complaints.getOrDefault(start, 0L), complaintMax, interval, unit, labels));
        }
        return new TrendPanels(interval, max, buckets, panels, stacks, complaintMax);
    }

    public boolean empty() {
        return panels.isEmpty();
    }

    /** The size of each panel's drawing (public: the template asks). */
    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    private static Panel panel(TrendSeries.Series s, String interval, long max, String unit, Labels labels) {
        String name = labels.topic(s.key());
        List<Bar> bars = new ArrayList<>();
        List<TrendSeries.Point> points = s.points();
        for (int i = 0; i < points.size(); i++) {
            TrendSeries.Point p = points.get(i);
            double h = height(p.count(), max);
            bars.add(new Bar(num(x(i, points.size())), num(HEIGHT - h), num(width(points.size())), num(h), p.count(),
                    p.start().toString(), name + " — " + period(p.start(), interval, labels) + ": " + p.count() + " phản ánh",
                    DrillDown.bucket("topic", s.key(), p.start(), interval, unit)));
        }
        return new Panel(s.key(), name, s.total(), bars);
    }

    private static Stack stack(int i, int n, Instant start, long all, long part, long max, String interval, String unit,
            Labels labels) {
        double hAll = height(all, max);
        double hPart = height(part, max);
        String title = period(start, interval, labels) + ": " + part + " khiếu nại (loại “Phản ánh”) trong " + all
                + " ý kiến";
        return new Stack(num(x(i, n)), num(width(n)), num(HEIGHT - hAll), num(hAll), num(HEIGHT - hPart), num(hPart), all,
                part, start.toString(), title, DrillDown.bucket(null, null, start, interval, unit),
                DrillDown.bucket("kind", "COMPLAINT", start, interval, unit));
    }

    private static String period(Instant start, String interval, Labels labels) {
        return ("week".equals(interval) ? "tuần từ " : "ngày ") + labels.day(start);
    }

    private static List<Instant> starts(TrendSeries trend) {
        return trend.series().isEmpty() ? List.of()
                : trend.series().getFirst().points().stream().map(TrendSeries.Point::start).toList();
    }

    private static double x(int index, int count) {
        return (double) WIDTH * index / Math.max(1, count);
    }

    private static double width(int count) {
        return Math.max(1, (double) WIDTH / Math.max(1, count) - GAP);
    }

    // A bar with something in it is at least one pixel tall, so a single feedback is not invisible.
    private static double height(long count, long max) {
        return count == 0 ? 0 : Math.max(1, (double) HEIGHT * count / max);
    }

    /** The top of a scale: at least the largest count, at least 1. */
    static long scale(long largest) {
        return Math.max(1, largest);
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
