package vn.phananh.search.live;

import java.time.Instant;

import vn.phananh.search.indexing.FeedbackDocument;

/**
 * One new feedback as the live feed sends it: what an inbox row shows, no more. Never the author
 * (nor their contact): only staff of the unit may see that, and only on the feedback itself. The
 * text is the masked text, cut to an excerpt.
 */
public record NewFeedback(String feedbackId, String unitCode, String channel, String topic, String kind,
        boolean urgent, String placeName, String excerpt, Instant receivedAt) {

    static final int EXCERPT = 160;

    static NewFeedback of(FeedbackDocument f) {
        String text = f.maskedText() == null ? "" : f.maskedText().strip();
        String excerpt = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT).strip() + "…";
        return new NewFeedback(f.feedbackId(), f.unitCode(), f.channel(), f.topic(), f.kind(), f.urgent(),
                f.place() == null ? null : f.place().name(), excerpt,
                f.receivedAt() == null ? null : Instant.ofEpochMilli(f.receivedAt()));
    }

    /** New: the first revision, and not taken for spam. */
    static boolean isNew(FeedbackDocument f) {
        return f.revision() == 1 && !f.spam();
    }
}
