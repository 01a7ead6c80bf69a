package vn.phananh.webapp.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The search API's answers the pages read, as its OpenAPI description gives them. */
public final class Pages {

    private Pages() {
    }

    /** {@code GET /api/v1/feedback}: a page of results, the facets of the whole result, the next cursor. */
    public record SearchPage(long total, List<FeedbackView> items, Map<String, List<FacetBucket>> facets,
            String nextCursor) {
    }

    public record FacetBucket(String value, long count) {
    }

    /** {@code GET /api/v1/inbox}. */
    public record InboxPage(long total, List<InboxRow> rows, String nextCursor, Map<String, Long> byStatus) {
    }

    public record InboxRow(String feedbackId, String unitCode, String maskedText, String topic, String kind,
            String channel, String placeId, String placeName, String status, boolean urgent, boolean overdue,
            Instant deadline, Instant receivedAt, String clusterId) {
    }

    /** Each event of {@code /api/v1/feedback/stream}: a new feedback's masked excerpt, never its author. */
    public record NewFeedback(String feedbackId, String unitCode, String channel, String topic, String kind,
            boolean urgent, String placeName, String excerpt, Instant receivedAt) {
    }

    /** {@code GET /api/v1/trends}. */
    public record TrendSeries(String by, String interval, Instant from, Instant to, List<Series> series) {

        public record Series(String key, long total, List<Point> points) {
        }

        public record Point(Instant start, long count) {
        }
    }

    /** {@code GET /api/v1/trends/rising}. */
    public record RisingTopic(String topic, long current, long previous, long change, Double ratio) {
    }

    /** {@code GET /api/v1/alerts} and each event of {@code /api/v1/alerts/stream}. */
    public record AlertView(String alertId, String type, String unitCode, String topic, String feedbackId,
            Instant windowStart, Long count, Double baseline, Instant deadline, String placeName, String summary,
            Instant raisedAt) {
    }

    /** {@code GET /api/v1/accountability} and {@code /api/v1/public/units}. */
    public record UnitRecord(String unitCode, long received, long answered, long answeredOnTime,
            Double onTimePercent, Double medianMinutesToFirstAnswer, long overdueNow, long rated, long satisfied,
            Double satisfiedPercent) {
    }

    /** {@code GET /api/v1/places}. */
    public record PlaceCount(String id, String name, long count) {
    }

    /** {@code GET /api/v1/channels/followers}. */
    public record FollowerCount(String unitCode, String channel, long gained, long lost, long net) {
    }

    /** {@code GET /api/v1/public/feedback}. */
    public record PublicPage(List<PublicFeedback> items, String nextCursor) {
    }

    public record PublicFeedback(String feedbackId, String unitCode, String topic, String text, String answer,
            Instant receivedAt, Instant deadline, Instant answeredAt, Boolean answeredOnTime) {
    }

    /** {@code GET /api/v1/public/track/{code}}. */
    public record Tracked(String code, List<TrackedFeedback> feedback) {
    }

    public record TrackedFeedback(String trackingCode, String unitCode, String topic, String text, String status,
            Instant receivedAt, Instant deadline, boolean overdue, Instant acknowledgedAt, Instant answeredAt,
            Boolean answeredOnTime, String answer, Boolean satisfied, Integer satisfactionScore) {

        /** A citizen rates the answer once there is one. */
        public boolean ratable() {
            return answer != null;
        }
    }

    /** {@code POST /api/v1/clusters/{id}/answer}. */
    public record ClusterAnswered(String clusterId, int members, List<String> answered, List<String> skipped) {
    }

    /** {@code GET /api/v1/reports/{unit}}. */
    public record PeriodicReport(String unitCode, String unitName, Period period, Instant generatedAt,
            Received received, long answered, long answeredOnTime, long answeredLate, Double onTimePercent,
            Double medianMinutesToFirstAnswer, long overdueNow, List<OverdueItem> overdue, List<PlaceCount> topPlaces,
            List<RisingTopic> risingTopics, List<Example> examples, Satisfaction satisfaction) {

        public record Period(String label, String title, String kind, LocalDate firstDay, LocalDate lastDay,
                Instant from, Instant to, String previousLabel) {
        }

        public record Received(long total, List<Count> byChannel, List<Count> byTopic, List<Count> byKind) {
        }

        public record Count(String code, long count) {
        }

        public record OverdueItem(String feedbackId, String topic, String kind, String placeName, Instant openedAt,
                Instant deadline, String status) {
        }

        public record Example(String feedbackId, String topic, String maskedText, String answer, Instant answeredAt,
                Boolean answeredOnTime) {
        }

        /** Citizens' ratings of the period's answers (search-api's {@code PeriodicReport.Satisfaction}). */
        public record Satisfaction(boolean recorded, long rated, long satisfied, long notSatisfied,
                Double satisfiedPercent, long scored, Double meanScore) {
        }
    }
}
