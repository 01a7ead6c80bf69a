package vn.phananh.webapp.pages;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tools.jackson.databind.json.JsonMapper;

import vn.phananh.pages.Labels;
import vn.phananh.webapp.api.Pages;

/**
 * The supervisor page's live alerts: the search API's alert stream relayed with the supervisor's
 * token (only their units' alerts), each alert worded in Vietnamese on the way.
 */
@Component
class AlertRelay {

    private static final JsonMapper json = JsonMapper.builder().build();

    private final StreamRelay relay;
    private final Labels labels;

    AlertRelay(StreamRelay relay, Labels labels) {
        this.relay = relay;
        this.labels = labels;
    }

    SseEmitter open(String token) {
        return relay.open("/api/v1/alerts/stream", token, "alert",
                data -> AlertItem.of(json.readValue(data, Pages.AlertView.class), labels));
    }
}
