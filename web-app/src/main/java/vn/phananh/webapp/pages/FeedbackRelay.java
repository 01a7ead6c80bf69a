package vn.phananh.webapp.pages;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tools.jackson.databind.json.JsonMapper;

import vn.phananh.pages.Labels;
import vn.phananh.pages.PageText;
import vn.phananh.webapp.api.Pages;

/**
 * The live feed of new feedback on the inbox and the supervisor page: the search API's feedback
 * stream relayed with the person's token (only their units' feedback), each item labelled in
 * Vietnamese and its excerpt masked once more on the way, as every page does.
 */
@Component
class FeedbackRelay {

    private static final JsonMapper json = JsonMapper.builder().build();

    private final StreamRelay relay;
    private final Labels labels;
    private final PageText text;

    FeedbackRelay(StreamRelay relay, Labels labels, PageText text) {
        this.relay = relay;
        this.labels = labels;
        this.text = text;
    }

    SseEmitter open(String token) {
        return relay.open("/api/v1/feedback/stream", token, "feedback", this::item);
    }

    private LiveFeedback item(String data) {
        Pages.NewFeedback f = json.readValue(data, Pages.NewFeedback.class);
        return new LiveFeedback(f.feedbackId(), f.unitCode(), labels.unit(f.unitCode()), labels.topic(f.topic()),
                labels.kind(f.kind()), labels.channel(f.channel()), f.urgent(), f.placeName(), text.mask(f.excerpt()),
                labels.time(f.receivedAt()), "/staff/feedback/" + f.feedbackId());
    }

    /** One new feedback as the page's live list shows it. */
    record LiveFeedback(String feedbackId, String unitCode, String unitName, String topicLabel, String kindLabel,
            String channelLabel, boolean urgent, String placeName, String excerpt, String receivedAt, String href) {
    }
}
