package vn.phananh.search.web;

import java.time.Instant;

import vn.phananh.search.indexing.AlertDocument;
import vn.phananh.search.trends.RecentAlerts;

/**
 * One alert as the supervisor page lists it and as the live stream sends it (JSON): names in
 * Vietnamese, the summary masked, the time already formatted.
 */
record AlertItem(String alertId, String type, String typeLabel, String unitCode, String unitName, String topic,
        String topicLabel, String feedbackId, String summary, String raisedAt) {

    static AlertItem of(AlertDocument a, Labels labels, PageText text) {
        return of(a.alertId(), a.type(), a.unitCode(), a.topic(), a.feedbackId(), a.summary(),
                a.raisedAt() == null ? null : Instant.ofEpochMilli(a.raisedAt()), labels, text);
    }

    static AlertItem of(RecentAlerts.AlertView a, Labels labels, PageText text) {
        return of(a.alertId(), a.type(), a.unitCode(), a.topic(), a.feedbackId(), a.summary(), a.raisedAt(), labels,
                text);
    }

    private static AlertItem of(String id, String type, String unit, String topic, String feedbackId, String summary,
            Instant raisedAt, Labels labels, PageText text) {
        return new AlertItem(id, type, labels.alertType(type), unit, labels.unit(unit), topic,
                topic == null ? null : labels.topic(topic), feedbackId, text.mask(summary), labels.time(raisedAt));
    }
}
