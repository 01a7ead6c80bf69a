package vn.phananh.search.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.phananh.search.trends.RisingTopic;

/**
 * The periodic review ("sơ kết") of how one unit heard and answered its citizens in a period:
 * what was received (by channel, topic and kind), how much of it was answered and how much on
 * time, the median time to the first answer, what is overdue, the places named most, the topics
 * that rose against the period before, and a few answered examples. Every figure is over the
 * feedback <em>received</em> in the period (spam left out), as it stands when the report is made.
 * No personal data: examples carry masked text and the answer only.
 */
public record PeriodicReport(String unitCode, String unitName, Period period, Instant generatedAt, Received received,
        long answered, long answeredOnTime, long answeredLate, Double onTimePercent, Double medianMinutesToFirstAnswer,
        long overdueNow, List<OverdueItem> overdue, List<PlaceCount> topPlaces, List<RisingTopic> risingTopics,
        List<Example> examples, Satisfaction satisfaction) {

    /** How many overdue items and examples a report lists (the counts are complete). */
    static final int OVERDUE_LISTED = 50;
    static final int EXAMPLES = 5;
    static final int PLACES = 10;

    /** The period as named, its days (last day included) and the instants of the query, half-open. */
    public record Period(String label, String title, ReportPeriod.Kind kind, LocalDate firstDay, LocalDate lastDay,
            Instant from, Instant to, String previousLabel) {

        static Period of(ReportPeriod p) {
            return new Period(p.label(), p.title(), p.kind(), p.firstDay(), p.lastDay(), p.from(), p.to(),
                    p.previous().label());
        }
    }

    /** Feedback received, in total and by channel, topic and kind (most first). */
    public record Received(long total, List<Count> byChannel, List<Count> byTopic, List<Count> byKind) {
    }

    /** A code (channel, topic, kind) and how often it occurs. */
    public record Count(String code, long count) {
    }

    /** Feedback past its deadline without an answer, most overdue first: codes, place and dates only. */
    public record OverdueItem(String feedbackId, String topic, String kind, String placeName, Instant openedAt,
            Instant deadline, String status) {
    }

    /** A place of the unit's gazetteer (id null: no place named) and how much feedback named it. */
    public record PlaceCount(String id, String name, long count) {
    }

    /** An answered feedback as the report may quote it: masked text and the official answer. */
    public record Example(String feedbackId, String topic, String maskedText, String answer, Instant answeredAt,
            Boolean answeredOnTime) {
    }

    /**
     * Citizens' satisfaction with the answers to the period's feedback: how many answers they rated,
     * how many of those satisfied them, and the mean of the optional 1–5 scores; {@code recorded} is
     * false while nobody has rated one.
     */
    public record Satisfaction(boolean recorded, long rated, long satisfied, long notSatisfied,
            Double satisfiedPercent, long scored, Double meanScore) {

        static Satisfaction of(long rated, long satisfied, long scored, Double meanScore) {
            Double percent = rated == 0 ? null : Math.round(1000.0 * satisfied / rated) / 10.0;
            Double mean = scored == 0 || meanScore == null ? null : Math.round(meanScore * 100.0) / 100.0;
            return new Satisfaction(rated > 0, rated, satisfied, rated - satisfied, percent, scored, mean);
        }
    }
}
