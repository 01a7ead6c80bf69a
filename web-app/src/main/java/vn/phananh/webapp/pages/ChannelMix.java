package vn.phananh.webapp.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import vn.phananh.pages.Labels;
import vn.phananh.webapp.api.Pages.TrendSeries;

/**
 * Which channels the period's feedback came in by: one bar split by channel (its share of the
 * whole), and the same as rows of a table, each linking to the search of that channel.
 */
record ChannelMix(long total, List<Part> parts) {

    private static final List<String> COLOURS = List.of("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00",
            "#56b4e9", "#4d4d4d");

    /** One channel: its count and share, where its part of the bar is, and its search link. */
    record Part(String channel, String label, long count, String percent, String x, String width, String colour,
            String href) {
    }

    static ChannelMix of(TrendSeries channels, LocalDate from, LocalDate to, String unit, Labels labels) {
        List<TrendSeries.Series> series = channels.series().stream().filter(s -> s.total() > 0)
                .sorted(Comparator.comparingLong(TrendSeries.Series::total).reversed()).toList();
        long total = series.stream().mapToLong(TrendSeries.Series::total).sum();
        List<Part> parts = new ArrayList<>();
        double at = 0;
        for (int i = 0; i < series.size(); i++) {
            TrendSeries.Series s = series.get(i);
            double share = 100.0 * s.total() / total;
            parts.add(new Part(s.key(), labels.channel(s.key()), s.total(),
                    String.format(Locale.forLanguageTag("vi"), "%.1f %%", share), TrendPanels.num(at),
                    TrendPanels.num(share), COLOURS.get(i % COLOURS.size()),
                    DrillDown.days("channel", s.key(), from, to, unit)));
            at += share;
        }
        return new ChannelMix(total, parts);
    }

    public boolean empty() {
        return parts.isEmpty();
    }
}
