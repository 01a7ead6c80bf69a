package vn.phananh.webapp.pages;

import vn.phananh.pages.Labels;
import vn.phananh.webapp.api.Pages;

/**
 * One alert as the supervisor page lists it and as the live stream sends it (JSON): names in
 * Vietnamese, the sentence worded here from the alert's codes and figures, the time formatted.
 */
record AlertItem(String alertId, String type, String typeLabel, String unitCode, String unitName, String topic,
        String topicLabel, String feedbackId, String summary, String raisedAt) {

    static AlertItem of(Pages.AlertView a, Labels labels) {
        return new AlertItem(a.alertId(), a.type(), labels.alertType(a.type()), a.unitCode(), labels.unit(a.unitCode()),
                a.topic(), a.topic() == null ? null : labels.topic(a.topic()), a.feedbackId(),
                AlertWording.sentence(a, labels), labels.time(a.raisedAt()));
    }
}
