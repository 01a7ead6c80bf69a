package vn.phananh.search.indexing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import vn.phananh.avro.Alert;

/** One alert as stored in the alerts index (mapping: {@code elasticsearch/alerts.json}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertDocument(String alertId, String type, String unitCode, String topic, String feedbackId,
        Long windowStart, Long count, Double baseline, Long deadline, String placeName, String summary, Long raisedAt) {

    public static AlertDocument from(Alert a) {
        return new AlertDocument(a.getAlertId(), a.getType().name(), a.getUnitCode(),
                a.getTopic() == null ? null : a.getTopic().name(), a.getFeedbackId(),
                FeedbackDocument.millis(a.getWindowStart()), a.getCount(), a.getBaseline(),
                FeedbackDocument.millis(a.getDeadline()), a.getPlaceName(), a.getSummary(),
                FeedbackDocument.millis(a.getRaisedAt()));
    }
}
